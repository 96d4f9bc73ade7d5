package nl.jbr.integriteit.normalise;
public final class TextKey { public static String of(String t){ if(t==null)return ""; String s=java.text.Normalizer.normalize(t.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}",""); return s.replaceAll("[\\s\\p{Punct}_-]+"," ").trim(); } }
