package io.galbridge.mapping.rules;

import io.galbridge.mapping.prestage.PrestageAttributes;
import java.util.ArrayList;
import java.util.List;

/** Named groups of attributes that flow unchanged from a source object to its replica. */
public enum AttributeSet {
    /**
     * PMR's "GAL-related attributes" (spec 2.7) plus displayName and mail: the default direct flows of
     * GALSync (spec 3.5).
     */
    GAL(galSet()),
    /** extensionAttribute1–15 and textEncodedORAddress, part of GALSync's usual direct flows (spec 3.5). */
    EXTENSION(extensionAttributes()),
    /**
     * The contact-safe part of PMR's "additional" set (spec 2.7): attributes that a contact can hold.
     * Off by default.
     */
    ADDITIONAL(List.of(
            "description",
            "division",
            "employeeID",
            "employeeNumber",
            "employeeType",
            "departmentNumber",
            "middleName",
            "msDS-PhoneticCompanyName",
            "msDS-PhoneticDepartment",
            "msDS-PhoneticDisplayName",
            "msDS-PhoneticFirstName",
            "msDS-PhoneticLastName",
            "o",
            "otherFacsimileTelephoneNumber",
            "otherIpPhone",
            "otherMobile",
            "otherPager",
            "ipPhone",
            "personalTitle",
            "postalAddress",
            "postOfficeBox",
            "street",
            "url",
            "wWWHomePage",
            "thumbnailPhoto"));

    private final List<String> attributes;

    AttributeSet(List<String> attributes) {
        this.attributes = attributes;
    }

    /** The attribute names, in a stable order. */
    public List<String> attributes() {
        return attributes;
    }

    /** displayName and mail, then PMR's GAL set as {@link PrestageAttributes#GAL} defines it (one list). */
    private static List<String> galSet() {
        List<String> names = new ArrayList<>(List.of("displayName", "mail"));
        names.addAll(PrestageAttributes.GAL);
        return List.copyOf(names);
    }

    private static List<String> extensionAttributes() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            names.add("extensionAttribute" + i);
        }
        names.add("textEncodedORAddress");
        return List.copyOf(names);
    }
}
