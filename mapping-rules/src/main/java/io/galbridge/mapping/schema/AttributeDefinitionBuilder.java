package io.galbridge.mapping.schema;

import java.util.OptionalInt;

/** Fluent construction of one catalog row; package-private, used only by the catalog tables. */
final class AttributeDefinitionBuilder {
    private final String name;
    private final String oid;
    private final AttributeSyntax syntax;
    private boolean singleValued = true;
    private boolean inSamba;
    private boolean generated;
    private OptionalInt rangeUpper = OptionalInt.empty();
    private OptionalInt linkId = OptionalInt.empty();

    private AttributeDefinitionBuilder(String name, String oid, AttributeSyntax syntax) {
        this.name = name;
        this.oid = oid;
        this.syntax = syntax;
    }

    static AttributeDefinitionBuilder attribute(String name, String oid, AttributeSyntax syntax) {
        return new AttributeDefinitionBuilder(name, oid, syntax);
    }

    AttributeDefinitionBuilder multi() {
        singleValued = false;
        return this;
    }

    AttributeDefinitionBuilder samba() {
        inSamba = true;
        return this;
    }

    AttributeDefinitionBuilder generated() {
        generated = true;
        return this;
    }

    AttributeDefinitionBuilder upTo(int upper) {
        rangeUpper = OptionalInt.of(upper);
        return this;
    }

    AttributeDefinitionBuilder link(int id) {
        linkId = OptionalInt.of(id);
        return this;
    }

    AttributeDefinition as(String description) {
        return new AttributeDefinition(
                name, oid, syntax, singleValued, description, inSamba, generated, rangeUpper, linkId);
    }
}
