package io.galbridge.mapping.prestage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.galbridge.mapping.config.ForestProfile;
import io.galbridge.mapping.config.OwnershipMarker;
import io.galbridge.mapping.model.DirectoryEntry;
import io.galbridge.mapping.model.LegacyExchangeDn;
import io.galbridge.mapping.model.ProxyAddress;
import io.galbridge.mapping.plan.Modification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Write-back, ownership, profile, classification and attribute-set facts. */
class SmallTypesTest {

    @Test
    void writeBackAddsOnlyAbsentValuesAndDropsCaseDuplicates() {
        LegacyExchangeDn a = LegacyExchangeDn.parse("/o=Fabrikam/cn=Recipients/cn=a");
        LegacyExchangeDn b = LegacyExchangeDn.parse("/o=Fabrikam/cn=Recipients/cn=b");
        WriteBack wb = new WriteBack(
                Fixtures.SOURCE_DN,
                List.of(
                        WriteBack.x500(a),
                        new ProxyAddress("X500", a.value().toUpperCase(java.util.Locale.ROOT)),
                        WriteBack.x500(b)));
        assertThat(wb.x500Addresses()).hasSize(2);
        DirectoryEntry source = Fixtures.source()
                .add("proxyAddresses", "X500:/O=FABRIKAM/CN=RECIPIENTS/CN=A")
                .build();
        assertThat(wb.changeFor(source).orElseThrow().modifications())
                .containsExactly(Modification.add("proxyAddresses", "x500:/o=Fabrikam/cn=Recipients/cn=b"));
        DirectoryEntry both = Fixtures.source()
                .add("proxyAddresses", "x500:" + a.value(), "x500:" + b.value())
                .build();
        assertThat(wb.changeFor(both)).isEmpty();
    }

    @Test
    void ownershipMarkerRecognisesOurForestOnly() {
        Ownership ours = Ownership.marked(OwnershipMarker.DEFAULT, "src.example");
        DirectoryEntry owned = DirectoryEntry.builder("CN=c,DC=tgt,DC=example")
                .add("adminDescription", OwnershipMarker.DEFAULT.value("src.example", Fixtures.MAILBOX_GUID))
                .build();
        DirectoryEntry other = DirectoryEntry.builder("CN=c,DC=tgt,DC=example")
                .add("adminDescription", OwnershipMarker.DEFAULT.value("other.example", Fixtures.MAILBOX_GUID))
                .build();
        assertThat(ours.isOwned(owned)).isTrue();
        assertThat(ours.isOwned(other)).isFalse();
        assertThat(ours.isOwned(DirectoryEntry.builder("CN=c,DC=tgt,DC=example")
                        .add("adminDescription", "hand-made")
                        .build()))
                .isFalse();
        assertThat(Ownership.NONE.isOwned(owned)).isFalse();
        OwnershipStamp stamp = new OwnershipStamp(OwnershipMarker.DEFAULT, "src.example");
        assertThat(stamp.ownership().isOwned(owned)).isTrue();
        assertThat(stamp.stampFor(Fixtures.source().build()))
                .contains(Modification.replace("adminDescription", "galbridge:src.example:" + Fixtures.SOURCE_GUID));
        assertThat(stamp.stampFor(
                        DirectoryEntry.builder("CN=x,DC=src,DC=example").build()))
                .isEmpty();
        assertThatThrownBy(() -> new OwnershipStamp(OwnershipMarker.DEFAULT, " "))
                .isInstanceOf(PrestageConfigurationException.class);
    }

    @Test
    void profileFromForestProfile() {
        ForestProfile target = ForestProfile.of(
                "tgt.example", List.of("fabrikam.com"), "DC=tgt,DC=example", Fixtures.GAL_OU, Fixtures.MEU_OU);
        assertThatThrownBy(() -> PrestageProfile.of(target, Fixtures.CONFIG_NC))
                .isInstanceOf(PrestageConfigurationException.class)
                .hasMessageContaining("tgt.example");
        ForestProfile withPrefix = new ForestProfile(
                "tgt.example",
                List.of("fabrikam.com"),
                "DC=tgt,DC=example",
                Fixtures.GAL_OU,
                Fixtures.MEU_OU,
                Fixtures.PREFIX,
                null,
                false,
                false,
                List.of(),
                List.of(),
                List.of());
        assertThat(PrestageProfile.of(withPrefix, Fixtures.CONFIG_NC)).isEqualTo(Fixtures.PROFILE);
        assertThatThrownBy(() -> new PrestageProfile(" ", Fixtures.PREFIX, Fixtures.CONFIG_NC))
                .isInstanceOf(PrestageConfigurationException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "computer;OTHER",
                "publicFolder;OTHER",
                "contact;OTHER",
                "group;OTHER",
            })
    void classificationOfNonRecipients(String objectClass, TargetKind kind) {
        DirectoryEntry e = DirectoryEntry.builder("CN=x,DC=tgt,DC=example")
                .add("objectClass", objectClass)
                .build();
        assertThat(TargetKind.of(e, Fixtures.CONFIG_NC)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "group type {0} RTD {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            nullValues = "NULL",
            value = {
                "8;NULL;MAIL_DISTRIBUTION_GROUP",
                "-2147483640;NULL;OTHER",
                "8;268435456;MAIL_DISTRIBUTION_GROUP",
                "4;512;OTHER",
            })
    void groupClassification(String groupType, String rtd, TargetKind kind) {
        DirectoryEntry.Builder b = DirectoryEntry.builder("CN=g,DC=tgt,DC=example")
                .add("objectClass", "group")
                .add("groupType", groupType)
                .add("proxyAddresses", "SMTP:g@fabrikam.com");
        if (rtd != null) {
            b.add("msExchRecipientTypeDetails", rtd);
        }
        assertThat(TargetKind.of(b.build(), Fixtures.CONFIG_NC)).isEqualTo(kind);
    }

    @Test
    void attributeSetsMatchTheSpec() {
        assertThat(PrestageAttributes.GAL).hasSize(25).contains("msExchHideFromAddressLists");
        assertThat(PrestageAttributes.ADDITIONAL)
                .contains("extensionAttribute1", "extensionAttribute15", "wWWHomePage")
                .doesNotContain("lmPwdHistory");
        assertThat(Set.copyOf(PrestageAttributes.ADDITIONAL)).hasSameSizeAs(PrestageAttributes.ADDITIONAL);
        assertThat(PrestageAttributes.isBinary("MSEXCHMAILBOXGUID")).isTrue();
        assertThat(PrestageAttributes.isBinary("mail")).isFalse();
        assertThat(PrestageAttributes.MAIL_USER_DISPLAY_TYPE).isEqualTo(-2147483642);
        assertThat(PrestageAttributes.LINKED_MAIL_USER_DISPLAY_TYPE).isEqualTo(-1073741818);
        assertThat(LinkRule.STANDARD)
                .extracting(LinkRule::readAttribute)
                .contains(
                        "memberOf",
                        "manager",
                        "directReports",
                        "managedObjects",
                        "altRecipientBL",
                        "publicDelegatesBL",
                        "msExchCoManagedObjectsBL");
        assertThat(PrestageSwitch.USE_LOCAL_OBJECT.optionName()).isEqualTo("useLocalObject");
        assertThat(PrestageSwitch.OVERWRITE_LOCAL_OBJECT.optionName()).isEqualTo("overwriteLocalObject");
    }

    @Test
    void validatedNeedsExactlyOnePart() {
        assertThatThrownBy(() -> new SourceMailbox.Validated(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
