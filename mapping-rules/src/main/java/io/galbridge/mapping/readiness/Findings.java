package io.galbridge.mapping.readiness;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one object; single-threaded, local to one check call. */
final class Findings {

    private final String dn;
    private final List<Finding> findings = new ArrayList<>();

    Findings(String dn) {
        this.dn = dn;
    }

    void error(String code, String explanation, String fix) {
        findings.add(new Finding(code, Severity.ERROR, dn, explanation, fix));
    }

    void warning(String code, String explanation, String fix) {
        findings.add(new Finding(code, Severity.WARNING, dn, explanation, fix));
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }
}
