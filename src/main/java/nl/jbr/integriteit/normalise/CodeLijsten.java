package nl.jbr.integriteit.normalise;
import java.util.*; import nl.jbr.integriteit.schema.SchemaSource; import nl.jbr.integriteit.feedback.*;
public final class CodeLijsten { private final List<Map<String,String>> rows; public CodeLijsten(SchemaSource s){rows=s.rows("codelijsten.csv");}
 public List<String> waarden(String l){ return rows.stream().filter(r->r.get("lijst").equals(l)).map(r->r.get("waarde")).toList(); }
 public String standaard(String l){ return rows.stream().filter(r->r.get("lijst").equals(l)&&r.get("standaard").equals("ja")).map(r->r.get("waarde")).findFirst().orElse(null); }
 public String normaliseer(String l,long regel,String kolom,String w,List<Finding> b){ if(w==null||w.isBlank())return standaard(l); for(String v:waarden(l)) if(TextKey.of(v).equals(TextKey.of(w))) return v; b.add(Finding.fout(regel,kolom,w,FindingCode.WAARDE_ONGELDIG,"Regel "+regel+": ongeldig.")); return null; } }
