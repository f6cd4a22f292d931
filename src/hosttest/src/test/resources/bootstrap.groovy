// galbridge's bootstrap for the ConnId contract test suite (written for galbridge; the suite's jar ships none,
// see src/docs/contract-suite.md, defect A). The data provider merges each connector's config.groovy over this.
//
// Deliberately no per-type default values: an attribute the connector configuration does not give test data
// for is left out of creates and updates, instead of being filled with random strings that a directory
// with a real schema (DNs, GUIDs, SMTP addresses) would refuse.

testsuite {
    // one object per create/update/delete round keeps the embedded forests small
    Create.iterations = 1
    Update.iterations = 1
    Delete.iterations = 1
    Search.iterations = 2
    Validate.iterations = 1
}
