package io.galbridge.ad.search;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import io.galbridge.ad.connection.ServerAffinity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.identityconnectors.framework.common.exceptions.ConnectorException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;

/**
 * Reads every value of a large multi-valued attribute with AD range retrieval.
 *
 * <p>AD returns at most MaxValRange (1500) values of an attribute such as {@code member} at once, under the
 * name {@code member;range=0-1499}; the client asks for {@code member;range=1500-*} and so on until a reply
 * ends in {@code -*}. A server that returns the plain attribute (Samba unless asked, OpenLDAP) is read in
 * one step. All steps run on one server ({@link ServerAffinity}) so the pieces belong together. Stateless
 * and thread-safe.
 */
public final class RangedAttributeReader {

    private static final Pattern RANGE = Pattern.compile("range=(\\d+)-(\\d+|\\*)", Pattern.CASE_INSENSITIVE);

    /**
     * Reads all values.
     *
     * @param session the connection for every step; not null
     * @param entry the entry's DN; not null
     * @param attribute the attribute's base name, e.g. {@code member}; not null
     * @return the values in the order the server sent them (empty if the attribute is absent)
     * @throws UnknownUidException if the entry does not exist
     * @throws ConnectorException for any other failure, or a server whose ranges do not advance
     */
    public List<String> readAll(ServerAffinity session, DN entry, String attribute) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(attribute, "attribute");
        String what = "read " + attribute + " of " + entry;
        List<String> values = new ArrayList<>();
        String request = attribute;
        while (true) {
            String requested = request;
            SearchResultEntry read = session.run(what, c -> c.getEntry(entry.toString(), requested));
            if (read == null) {
                throw new UnknownUidException(what + ": no such object");
            }
            Attribute plain = read.getAttribute(attribute);
            Attribute ranged = rangedPart(read, attribute);
            if (ranged == null) {
                if (plain != null) {
                    values.addAll(List.of(plain.getValues()));
                }
                return List.copyOf(values);
            }
            values.addAll(List.of(ranged.getValues()));
            Matcher m = RANGE.matcher(ranged.getName());
            if (!m.find()) {
                throw new ConnectorException(what + ": cannot read the range in '" + ranged.getName() + "'");
            }
            if ("*".equals(m.group(2))) {
                return List.copyOf(values);
            }
            long end = Long.parseLong(m.group(2));
            long start = Long.parseLong(m.group(1));
            if (end < start || values.size() != end + 1) {
                throw new ConnectorException(what + ": the server returned range " + start + "-" + end + " after "
                        + values.size() + " values; refusing to guess");
            }
            request = attribute + ";range=" + (end + 1) + "-*";
        }
    }

    private static Attribute rangedPart(SearchResultEntry entry, String attribute) {
        String prefix = attribute.toLowerCase(Locale.ROOT) + ";";
        for (Attribute a : entry.getAttributes()) {
            String name = a.getName().toLowerCase(Locale.ROOT);
            if (name.startsWith(prefix) && RANGE.matcher(name).find()) {
                return a;
            }
        }
        return null;
    }
}
