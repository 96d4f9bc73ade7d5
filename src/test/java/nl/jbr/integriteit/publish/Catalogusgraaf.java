package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Test helper: the open-data catalogue read by Apache Jena (strictly: a warning of the parser is an error) and
 * checked against the DCAT-AP 3.0.1 SHACL shapes in {@code src/test/resources/dcat-ap/}.
 */
public final class Catalogusgraaf {

    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCT = "http://purl.org/dc/terms/";

    private static Shapes shapes;

    private final Graph graaf;

    private Catalogusgraaf(Graph graaf) {
        this.graaf = graaf;
    }

    /** Parses a Turtle file; throws on any error or warning. */
    public static Catalogusgraaf lees(Path bestand) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(bestand).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(g);
        return new Catalogusgraaf(g);
    }

    /** The shapes of DCAT-AP 3.0.1 (the profile and its range constraints), parsed once. */
    static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            for (String naam : List.of("dcat-ap-SHACL.ttl", "ranges.ttl")) {
                try (InputStream in = Catalogusgraaf.class.getResourceAsStream("/dcat-ap/" + naam)) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // ranges.ttl of 3.0.1 names property shapes that neither file defines (e.g. dcat:RelationshipShape/b7aa98e1...);
            // Jena refuses such a reference. They hold no constraint, so leaving the reference out loses nothing.
            Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
            for (Triple t : g.find(Node.ANY, property, Node.ANY).toList()) {
                if (!g.contains(t.getObject(), Node.ANY, Node.ANY)) {
                    g.delete(t);
                }
            }
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** One result of the SHACL validation, readable. */
    public record Bevinding(Severity ernst, String tekst) {
        @Override
        public String toString() {
            return ernst.level().getLocalName() + ": " + tekst;
        }
    }

    /** Every result of validating the catalogue against the DCAT-AP shapes. */
    public List<Bevinding> valideer() {
        ValidationReport rapport = ShaclValidator.get().validate(shapes(), graaf);
        List<Bevinding> uit = new ArrayList<>();
        for (ReportEntry e : rapport.getEntries()) {
            uit.add(new Bevinding(e.severity(), e.focusNode() + " " + e.resultPath() + " " + e.message()));
        }
        return uit;
    }

    /** The subjects of type {@code dcat:<klasse>}. */
    public Set<String> vanType(String klasse) {
        Set<String> uit = new TreeSet<>();
        graaf.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(DCAT + klasse))
                .forEach(t -> uit.add(t.getSubject().getURI()));
        return uit;
    }

    /** The objects of {@code subject predicate}, as text (IRIs, or a literal's lexical form). */
    public List<String> waarden(String subject, String predicate) {
        List<String> uit = new ArrayList<>();
        for (Triple t : graaf.find(NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY).toList()) {
            Node o = t.getObject();
            uit.add(o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
        }
        return uit;
    }

    /** The datatype IRI of the one literal of {@code subject predicate}. */
    public String datatype(String subject, String predicate) {
        return graaf.find(NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY).toList()
                .get(0).getObject().getLiteralDatatypeURI();
    }

    /**
     * The download addresses of a dataset's distributions, with the base address stripped and percent-decoded: paths
     * relative to {@code openbaar/}. An address outside the base fails.
     */
    public Set<String> downloads(String dataset, String basis) {
        Set<String> uit = new TreeSet<>();
        for (String distributie : waarden(dataset, DCAT + "distribution")) {
            for (String url : waarden(distributie, DCAT + "downloadURL")) {
                if (!url.startsWith(basis)) {
                    throw new AssertionError(url + " is not under " + basis);
                }
                uit.add(decodeer(url.substring(basis.length())));
            }
        }
        return uit;
    }

    /** Percent-decoding of a path ({@code +} stays a plus). */
    public static String decodeer(String pad) {
        return URLDecoder.decode(pad.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public int grootte() {
        return graaf.size();
    }
}
