package io.galbridge.ad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TombstoneTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Samba 4.17 DirSync: extended DN with the parent's GUID
                "'<GUID=9e9e6979-9e38-4b44-bbe4-7bda194d4c8c>;OU=Tracked,DC=src,DC=test' | OU=Tracked,DC=src,DC=test",
                // AD extended DN with GUID and SID
                "'<GUID=b2b4b4a1-52b2-4b3c-9c11-1b8b1d3b8f9e>;<SID=S-1-5-21-1-2-3-1105>;OU=Sales,DC=corp,DC=example'"
                        + " | OU=Sales,DC=corp,DC=example",
                // a plain DN (show-deleted search)
                "'OU=Tracked,DC=src,DC=test' | OU=Tracked,DC=src,DC=test"
            })
    void theLastKnownDnComesFromTheParentAndTheUnmangledName(String lastKnownParent, String parent) throws Exception {
        Entry tombstone = new Entry(
                "CN=Dora Doomed\\0ADEL:4c1f35d6-0f3e-4f0b-a9c2-6b7d9bb0a111,CN=Deleted Objects," + "DC=src,DC=test");
        tombstone.addAttribute("isDeleted", "TRUE");
        tombstone.addAttribute("lastKnownParent", lastKnownParent);

        assertThat(Tombstone.isTombstone(tombstone)).isTrue();
        assertThat(Tombstone.lastKnownDn(tombstone)).contains(new DN("CN=Dora Doomed," + parent));
    }
}
