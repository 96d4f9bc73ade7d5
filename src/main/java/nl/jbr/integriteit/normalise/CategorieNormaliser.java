package nl.jbr.integriteit.normalise;
import java.util.List; import nl.jbr.integriteit.schema.SchemaSource; import nl.jbr.integriteit.feedback.*;
public final class CategorieNormaliser { public CategorieNormaliser(SchemaSource s){}
 public Categorisering categoriseer(long regel, String c, String s){ String k=TextKey.of(c); if(k.length()>0 && k.charAt(0)>='a'&&k.charAt(0)<='i'&&(k.length()==1||k.charAt(1)==' ')) return new Categorisering(k.substring(0,1), s==null||s.isBlank()?null:s.trim(), List.of()); return new Categorisering(null,null,List.of(Finding.fout(regel,"categorie",c,FindingCode.CATEGORIE_ONBEKEND,"Regel "+regel+": onbekende categorie."))); } }
