<#ftl output_format="plainText" strip_whitespace=true>
<#--
  The open-data catalogue output/openbaar/catalogus.ttl: DCAT-AP 3 (with the choices of DCAT-AP-NL), Turtle.
  Model (Opendatacatalogus.model): basis (the base URL of openbaar/, ends in /), licentie (URI), gewijzigd (latest
  date of the years, '' when none), jaren: jaar, status, uitgegeven ('' or yyyy-mm-dd), gewijzigd (date or instant),
  herzienWegens, bestanden: pad (relative to openbaar/), soort (csv, csvw, xlsx, ods, html, pdf, odt), titel,
  bereik ('' for the whole Rijk, else a ministry code), metadata (a CSV's CSVW file, relative to openbaar/).
  Everything here is public: only what the public manifests say. Addresses in openbaar/ are relative to @base.
-->
<#-- Who publishes, whom to ask, and the vocabularies (EU publications office, data.overheid.nl) -->
<#assign uitgever = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034">
<#assign uitgeverNaam = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties">
<#assign contactUrl = "https://www.rijksoverheid.nl/contact">
<#assign eu = "http://publications.europa.eu/resource/authority/">
<#assign iana = "https://www.iana.org/assignments/media-types/">
<#assign soorten = {
  "csv":  {"naam": "CSV", "formaat": "CSV", "mediatype": "text/csv"},
  "csvw": {"naam": "CSVW-metadata", "formaat": "JSON_LD", "mediatype": "application/csvm+json"},
  "xlsx": {"naam": "Excel", "formaat": "XLSX", "mediatype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  "ods":  {"naam": "OpenDocument-rekenblad", "formaat": "ODS", "mediatype": "application/vnd.oasis.opendocument.spreadsheet"},
  "html": {"naam": "webpagina", "formaat": "HTML", "mediatype": "text/html"},
  "pdf":  {"naam": "PDF", "formaat": "PDF", "mediatype": "application/pdf"},
  "odt":  {"naam": "OpenDocument-tekst", "formaat": "ODT", "mediatype": "application/vnd.oasis.opendocument.text"}
}>
<#assign trefwoorden = ["integriteit", "integriteitsschending", "Rijksdienst", "ministeries", "Jaarrapportage Bedrijfsvoering Rijk",
  "nevenwerkzaamheden", "financiële belangen", "vertrouwenspersonen", "ongewenste omgangsvormen"]>
<#-- a Turtle string literal -->
<#function lit s><#return '"' + s?replace('\\', '\\\\')?replace('"', '\\"')?replace('\n', '\\n')?replace('\r', '\\r')?replace('\t', '\\t') + '"'></#function>
<#-- a date or instant from the manifest -->
<#function tijd s><#return lit(s) + s?contains("T")?then("^^xsd:dateTime", "^^xsd:date")></#function>
<#-- the address of a file of openbaar/, relative to @base, every segment percent-encoded -->
<#function url pad><#return pad?url_path('UTF-8')></#function>
<#assign cat = "catalogus.ttl">
@base <${basis}> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<${cat}#catalogus> a dcat:Catalog ;
    dct:title "Integriteit in de Rijksdienst: open data"@nl, "Integrity in the Dutch central government: open data"@en ;
    dct:description ${lit("De integriteitstabellen van de Jaarrapportage Bedrijfsvoering Rijk per jaar, rijksbreed en per ministerie: meldingen van (vermoedelijke) integriteitsschendingen, onderzoek, uitkomst en afdoening, nevenwerkzaamheden, financiële belangen, vertrouwenspersonen en kengetallen, als CSV met CSVW-metadata, als spreadsheet en als webpagina.")}@nl ;
    dct:publisher <${uitgever}> ;
    foaf:homepage <${url("index.html")}> ;
    dct:language <${eu}language/NLD> ;
    dct:spatial <${eu}country/NLD> ;
    dct:license <${licentie}> ;
    dcat:themeTaxonomy <${eu}data-theme> ;
<#if gewijzigd?has_content>
    dct:modified ${tijd(gewijzigd)} ;
</#if>
<#list jaren as j>
    dcat:dataset <${cat}#jaar-${j.jaar}> ;
</#list>
    .

<${uitgever}> a foaf:Agent ;
    foaf:name "${uitgeverNaam}"@nl ;
    dct:type <http://purl.org/adms/publishertype/NationalAuthority> .

<http://purl.org/adms/publishertype/NationalAuthority> a skos:Concept ;
    skos:prefLabel "National authority"@en ;
    skos:inScheme <http://purl.org/adms/publishertype/1.0> .

<${licentie}> a dct:LicenseDocument .

<${url("index.html")}> a foaf:Document .

<${eu}language/NLD> a dct:LinguisticSystem .

<${eu}country/NLD> a dct:Location .

<${eu}data-theme> a skos:ConceptScheme ;
    dct:title "Data theme"@en .

<${eu}data-theme/GOVE> a skos:Concept ;
    skos:prefLabel "Overheid en publieke sector"@nl, "Government and public sector"@en ;
    skos:inScheme <${eu}data-theme> .

<http://standaarden.overheid.nl/owms/terms/Bestuur> a skos:Concept ;
    skos:prefLabel "Bestuur"@nl ;
    skos:inScheme <http://standaarden.overheid.nl/owms/terms/TaxonomieBeleidsagenda> .

<${eu}access-right/PUBLIC> a dct:RightsStatement .

<https://www.w3.org/TR/tabular-metadata/> a dct:Standard ;
    dct:title "Metadata Vocabulary for Tabular Data (CSVW)"@en .
<#list soorten?values as k>

<${eu}file-type/${k.formaat}> a dct:MediaTypeOrExtent .

<${iana}${k.mediatype}> a dct:MediaType .
</#list>
<#list jaren as j>

<${cat}#jaar-${j.jaar}> a dcat:Dataset ;
    dct:title "Integriteit in de Rijksdienst ${j.jaar}"@nl, "Integrity in the Dutch central government ${j.jaar}"@en ;
    dct:description ${lit("Integriteitstabellen over " + j.jaar + " van de Jaarrapportage Bedrijfsvoering Rijk, rijksbreed en per ministerie. "
        + (j.status == "vastgesteld")?then("Vastgestelde cijfers.", (j.status == "herzien")?then("Herziene cijfers" + j.herzienWegens?has_content?then(": " + j.herzienWegens, "") + ".",
        "Voorlopige cijfers: dit jaar is nog niet vastgesteld en de cijfers kunnen nog veranderen."))
        + " Aantallen van 1 tot de drempel zijn niet gepubliceerd (x).")}@nl ;
    dct:identifier "${basis}${cat}#jaar-${j.jaar}" ;
    dct:publisher <${uitgever}> ;
    dcat:contactPoint <${cat}#contact> ;
    dcat:landingPage <${url(j.jaar + "/index.html")}> ;
    dct:temporal [ a dct:PeriodOfTime ;
        dcat:startDate "${j.jaar}-01-01"^^xsd:date ;
        dcat:endDate "${j.jaar}-12-31"^^xsd:date ] ;
    dct:spatial <${eu}country/NLD> ;
    dct:language <${eu}language/NLD> ;
    dct:accessRights <${eu}access-right/PUBLIC> ;
    dcat:theme <${eu}data-theme/GOVE>, <http://standaarden.overheid.nl/owms/terms/Bestuur> ;
    dcat:keyword <#list trefwoorden as t>${lit(t)}@nl<#sep>, </#sep></#list> ;
<#if j.uitgegeven?has_content>
    dct:issued ${tijd(j.uitgegeven)} ;
</#if>
<#if j.gewijzigd?has_content>
    dct:modified ${tijd(j.gewijzigd)} ;
</#if>
<#list j.bestanden as b>
    dcat:distribution <${cat}#${b.pad?url_path('UTF-8')}> ;
</#list>
    .

<${url(j.jaar + "/index.html")}> a foaf:Document .
<#list j.bestanden as b>
<#assign s = soorten[b.soort]>

<${cat}#${b.pad?url_path('UTF-8')}> a dcat:Distribution ;
    dct:title ${lit(b.titel + ", " + b.bereik?has_content?then(b.bereik, "rijksbreed") + ", " + j.jaar + " (" + s.naam + ")")}@nl ;
    dcat:accessURL <${url(b.pad)}> ;
    dcat:downloadURL <${url(b.pad)}> ;
    dct:format <${eu}file-type/${s.formaat}> ;
    dcat:mediaType <${iana}${s.mediatype}> ;
<#if b.metadata?has_content>
    dct:conformsTo <${url(b.metadata)}> ;
</#if>
<#if b.soort == "csvw">
    dct:conformsTo <https://www.w3.org/TR/tabular-metadata/> ;
</#if>
    dct:language <${eu}language/NLD> ;
    dct:license <${licentie}> .
<#if b.metadata?has_content>

<${url(b.metadata)}> a dct:Standard ;
    dct:title ${lit("CSVW-metadata van " + b.pad?keep_after_last("/"))}@nl .
</#if>
</#list>
</#list>

<${cat}#contact> a vcard:Kind, vcard:Organization ;
    vcard:fn "${uitgeverNaam}"@nl ;
    vcard:hasURL <${contactUrl}> .
