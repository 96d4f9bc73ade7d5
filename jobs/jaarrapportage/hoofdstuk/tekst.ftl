<#ftl output_format="plainText" strip_whitespace=true>
<#--
  The text of the chapter "Integriteit" (issue 25), one block per section of hoofdstuk.json.

  Every figure comes from the records built by publish/hoofdstuk/Kerncijfers (k; the names below are their
  components): a published cell of the year's rijksbrede tables (after disclosure control, exactly what the CSVs
  show) or a difference / change in percent of two such cells. A figure that is hidden (x) or missing (geen opgave)
  is null in the model (`??` is false):
  its sentence is then left out, or says so without a number. Never write a number here that is not from the model.

  Layout of the output: a line "== <section id>" starts a section; a line "+" starts a new paragraph; the other lines
  of a paragraph are joined with a space, and empty lines are ignored (a sentence left out leaves one). Edit the wording freely; keep the markers.
-->
<#-- "277 minder dan in 2024 (2.377); een daling van 11,7%" -->
<#macro vergelijking v jaar>
<#if v.gelijk>evenveel als in ${jaar} (${v.vorig})<#else>${v.verschil} ${v.meerMinder} dan in ${jaar} (${v.vorig})<#if v.procent??>: het aantal is met ${v.procent}% ${v.richting}<#else>, toen er geen waren</#if></#if></#macro>
<#macro lijst items><#list items as i>${i}<#sep><#if i?has_next && i?index == items?size - 2> en <#else>, </#if></#list></#macro>
== inleiding
Dit hoofdstuk beschrijft de geregistreerde meldingen van (vermoedelijke) integriteitsschendingen bij de
ministeries over ${k.jaar}, hoe zij zijn onderzocht en afgedaan, de gemelde nevenwerkzaamheden en de kengetallen
integriteit, en de ontwikkeling over vijf jaar. De cijfers zijn de rijksbrede tabellen van ${k.jaar}; elke tabel staat
ook als CSV en in de spreadsheets bij deze publicatie.
+
Een x in een tabel betekent geheim: het aantal is te klein om te publiceren, of afgeschermd om zo'n klein aantal te
beschermen. Een liggend streepje (–) betekent dat het cijfer ontbreekt. De tekst noemt alleen cijfers die ook in de
tabellen staan, of het verschil tussen twee zulke cijfers.
<#if k.meldingen.opmerkingen?has_content>
+
Niet alle ministeries hebben over ${k.jaar} een geaccepteerde opgave gedaan. <#list k.meldingen.opmerkingen as o>${o.ministerie}: ${o.opmerking}<#sep>; </#list>.
De rijksbrede totalen gaan over de ministeries met een geaccepteerde opgave.
</#if>
== meldingen
<#assign m = k.meldingen>
<#if m.aantal??>
Rijksbreed zijn in ${k.jaar} ${m.aantal} meldingen van (vermoedelijke) integriteitsschendingen geregistreerd<#if m.verandering??>,
<@vergelijking m.verandering k.vorigJaar/></#if>.
<#if m.betrokkenen??>Bij deze meldingen waren ${m.betrokkenen} medewerkers betrokken.</#if>
<#if m.per1000??>Dat zijn ${m.per1000} meldingen per 1.000 medewerkers<#if m.per1000Verandering??><#if m.per1000Verandering.gelijk>, evenveel als in ${k.vorigJaar}<#else>, tegen ${m.per1000Verandering.vorig} in ${k.vorigJaar}</#if></#if>.</#if>
<#else>
Het rijksbrede aantal meldingen over ${k.jaar} is niet gepubliceerd.
</#if>
+
<#if m.categorieen?has_content>
<#assign c = m.categorieen[0]>
De meeste meldingen vallen in de categorie ${c.naam?lower_case}: ${c.aantal}<#if c.percentage??> (${c.percentage}%)</#if><#if c.verandering??>,
<@vergelijking c.verandering k.vorigJaar/></#if>.
<#if m.categorieen?size gt 1><#assign c = m.categorieen[1]>
Daarna volgt ${c.naam?lower_case} met ${c.aantal} meldingen<#if c.percentage??> (${c.percentage}%)</#if><#if c.verandering??>,
<@vergelijking c.verandering k.vorigJaar/></#if>.
</#if>
<#if m.categorieen?size gt 2><#assign c = m.categorieen[2]>
Op de derde plaats staat ${c.naam?lower_case} met ${c.aantal} meldingen<#if c.percentage??> (${c.percentage}%)</#if>.
</#if>
</#if>
<#if m.soorten?has_content><#assign s = m.soorten[0]>
Naar soort incident gaat het vooral om ${s.naam}: ${s.aantal} meldingen<#if s.percentage??> (${s.percentage}%)</#if>.
</#if>
== onderzoek
<#assign o = k.onderzoek>
<#if o.soorten?has_content><#assign s = o.soorten[0]>
<#if s.naam == "geen">Bij de meeste meldingen is geen onderzoek gedaan: ${s.aantal}<#if s.percentage??> (${s.percentage}%)</#if>.<#else>Het vaakst is een ${s.naam} onderzoek gedaan: bij ${s.aantal} meldingen<#if s.percentage??> (${s.percentage}%)</#if>.</#if>
<#if o.geen?? && s.naam != "geen">Bij ${o.geen.aantal} meldingen<#if o.geen.percentage??> (${o.geen.percentage}%)</#if> is geen onderzoek gedaan.</#if>
</#if>
<#if o.percentageAangetoond??>
Bij ${o.percentageAangetoond}% van de meldingen is de schending geheel of gedeeltelijk aangetoond<#if o.aangetoondTotaal??> (${o.aangetoondTotaal} meldingen)</#if><#if o.percentageAangetoondVerandering??><#assign v = o.percentageAangetoondVerandering><#if v.gelijk>; dat aandeel is gelijk gebleven ten opzichte van ${k.vorigJaar}<#else>; in ${k.vorigJaar} was dat ${v.vorig}%, het aandeel is dus met ${v.verschil} procentpunt ${v.richting}</#if></#if>.
<#else>
Het rijksbrede percentage aangetoonde schendingen over ${k.jaar} is niet gepubliceerd.
</#if>
<#if o.aangetoond?? && o.deelsAangetoond??>Geheel aangetoond: ${o.aangetoond.aantal} meldingen<#if o.aangetoond.percentage??> (${o.aangetoond.percentage}%)</#if>; deels aangetoond: ${o.deelsAangetoond.aantal}<#if o.deelsAangetoond.percentage??> (${o.deelsAangetoond.percentage}%)</#if>.</#if>
<#if o.nietAangetoond??>Bij ${o.nietAangetoond.aantal} meldingen<#if o.nietAangetoond.percentage??> (${o.nietAangetoond.percentage}%)</#if> is de schending niet aangetoond.</#if>
<#if o.lopend??>Het onderzoek naar ${o.lopend.aantal} meldingen liep aan het eind van het jaar nog.</#if>
== afdoening
<#assign a = k.afdoening>
<#if a.maatregelen?has_content><#assign s = a.maatregelen[0]>
De maatregel die het vaakst is genomen, is ${s.naam}: bij ${s.aantal} meldingen<#if s.percentage??> (${s.percentage}%)</#if>.
<#if a.maatregelen?size gt 1><#assign s = a.maatregelen[1]>Daarna volgt ${s.naam} (${s.aantal}<#if s.percentage??>, ${s.percentage}%</#if>).</#if>
</#if>
<#if a.strafontslag??>Strafontslag is ${a.strafontslag.aantal} keer gegeven.</#if>
<#if a.geen??>Bij ${a.geen.aantal} meldingen<#if a.geen.percentage??> (${a.geen.percentage}%)</#if> is geen maatregel genomen.</#if>
== onderdelen
Tabel ${nummers.meldingen_per_onderdeel} verdeelt de meldingen over de onderdelen van de ministeries; waar de aantallen te klein
zijn, is alleen het totaal van het ministerie gepubliceerd.
<#if k.onderdelen.grootste??>De meeste meldingen komen van ${k.onderdelen.grootste.onderdeel} (${k.onderdelen.grootste.ministerie}): ${k.onderdelen.grootste.aantal}.</#if>
== nevenwerkzaamheden
<#assign n = k.nevenwerkzaamheden>
<#if n.aantal?? && n.medewerkers??>
Rijksbreed hebben medewerkers in ${k.jaar} ${n.aantal} nevenwerkzaamheden gemeld, bij ${n.medewerkers} medewerkers<#if n.percentage??>: ${n.percentage}%</#if>.
<#if n.percentageVorig?? && n.verschil??><#if n.verschil.gelijk>Dat is evenveel als in ${k.vorigJaar} (${n.percentageVorig}%).<#else>In ${k.vorigJaar} was dat ${n.percentageVorig}%; het aandeel is met ${n.verschil.verschil} procentpunt ${n.verschil.richting} (berekend uit de onafgeronde percentages).</#if></#if>
<#else>
Het rijksbrede aantal gemelde nevenwerkzaamheden over ${k.jaar} is niet gepubliceerd.
</#if>
<#if n.opmerkingen?has_content>Zonder (volledige) opgave: <#list n.opmerkingen as o>${o.code} (${o.opmerking})<#sep>, </#list>.</#if>
== overzicht
Tabel ${nummers.overzicht_incidenten} geeft per melding de categorie en een korte toelichting, zoals de ministeries die hebben
aangeleverd en zonder gegevens waaruit een persoon te herkennen is.
== kengetallen
<#assign g = k.kengetallen>
<#if g.risicofuncties??>
Rijksbreed zijn ${g.risicofuncties} risicofuncties aangewezen<#if g.meldingsplichtigen??>; ${g.meldingsplichtigen} medewerkers zijn meldingsplichtig voor financiële belangen</#if><#if g.ontheffingen??>, en er zijn ${g.ontheffingen} ontheffingen verleend</#if>.
</#if>
<#if g.vertrouwenspersonen??>
Er waren ${g.vertrouwenspersonen} vertrouwenspersonen integriteit<#if g.externeVertrouwenspersonen??> en ${g.externeVertrouwenspersonen} externe vertrouwenspersonen</#if>.
</#if>
<#if g.gesprekken??>Zij voerden ${g.gesprekken} gesprekken<#if g.gesprekkenVerandering??>, <@vergelijking g.gesprekkenVerandering k.vorigJaar/></#if>.<#else>Het aantal gesprekken met vertrouwenspersonen is niet gepubliceerd.</#if>
<#if g.klachten??>
Er zijn ${g.klachten} klachten over ongewenste omgangsvormen ingediend<#if g.klachtenVerandering??>, <@vergelijking g.klachtenVerandering k.vorigJaar/></#if>.
<#else>
Het rijksbrede aantal klachten over ongewenste omgangsvormen is niet gepubliceerd.
</#if>
<#if g.geschenkenAangeboden??>Medewerkers kregen ${g.geschenkenAangeboden} geschenken aangeboden<#if g.geschenkenAangenomen??>, waarvan ${g.geschenkenAangenomen} zijn aangenomen</#if>.</#if>
<#if g.zonderOpgave?has_content>Geen geaccepteerde opgave van de kengetallen: <@lijst g.zonderOpgave/>.</#if>
== trend
<#assign t = k.trend>
<#if t.meldingen??>
Over de periode ${t.vanJaar}–${t.totJaar} is het aantal meldingen ${t.meldingen.richting}: van ${t.meldingen.vorig} in ${t.vanJaar} naar ${t.meldingen.nu} in ${t.totJaar}<#if !t.meldingen.gelijk> (${t.meldingen.verschil} ${t.meldingen.meerMinder}<#if t.meldingen.procent??>, ${t.meldingen.procent}%</#if>)</#if>.
</#if>
<#if t.hoogste?? && t.laagste??>Het hoogste aantal was ${t.hoogste.aantal} in ${t.hoogste.jaar}, het laagste ${t.laagste.aantal} in ${t.laagste.jaar}.</#if>
<#if t.per1000??>Per 1.000 medewerkers <#if t.per1000.gelijk>bleef het aantal meldingen gelijk (${t.per1000.nu})<#else>ging het van ${t.per1000.vorig} naar ${t.per1000.nu}</#if>.</#if>
<#if t.categorie?? && t.categorie.verandering??><#assign v = t.categorie.verandering>
De categorie ${t.categorie.naam?lower_case} veranderde in die jaren het sterkst: van ${v.vorig} naar ${v.nu} meldingen.
</#if>
<#if t.opmerkingen?has_content><#list t.opmerkingen as o>${o.jaar}: ${o.opmerking}<#sep>; </#list>.</#if>
