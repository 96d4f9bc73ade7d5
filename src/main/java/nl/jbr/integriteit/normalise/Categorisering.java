package nl.jbr.integriteit.normalise;
import java.util.List; import nl.jbr.integriteit.feedback.Finding;
public record Categorisering(String categorieCode, String subcategorie, List<Finding> bevindingen) {}
