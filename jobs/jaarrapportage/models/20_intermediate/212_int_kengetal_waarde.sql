-- depends: int_kengetallen_onderdeel
-- The same in long form, one row per onderdeel per figure (waarde NULL: no opgave), with the Dutch label used in
-- remarks ("geen opgave van meldingsplichtigen en ontheffingen: ACM, RVO") and the figure's column position.
CREATE OR REPLACE VIEW int_kengetal_waarde AS
SELECT o.ministerie, o.jaar, o.onderdeel_sleutel, o.onderdeel, k.kengetal, k.positie, k.label,
       CASE k.kengetal
           WHEN 'risicofuncties' THEN o.risicofuncties
           WHEN 'meldingsplichtigen' THEN o.meldingsplichtigen
           WHEN 'ontheffingen' THEN o.ontheffingen
           WHEN 'vertrouwenspersonen' THEN o.vertrouwenspersonen
           WHEN 'externe_vertrouwenspersonen' THEN o.externe_vertrouwenspersonen
           WHEN 'gesprekken_vertrouwenspersonen' THEN o.gesprekken_vertrouwenspersonen
           WHEN 'klachten_ongewenste_omgangsvormen' THEN o.klachten_ongewenste_omgangsvormen
           WHEN 'geschenken_aangeboden' THEN o.geschenken_aangeboden
           WHEN 'geschenken_aangenomen' THEN o.geschenken_aangenomen
       END AS waarde
FROM int_kengetallen_onderdeel o
CROSS JOIN (VALUES ('risicofuncties', 1, 'risicofuncties'),
                   ('meldingsplichtigen', 2, 'meldingsplichtigen'),
                   ('ontheffingen', 3, 'ontheffingen'),
                   ('vertrouwenspersonen', 4, 'interne vertrouwenspersonen'),
                   ('externe_vertrouwenspersonen', 5, 'externe vertrouwenspersonen'),
                   ('gesprekken_vertrouwenspersonen', 6, 'gesprekken met vertrouwenspersonen'),
                   ('klachten_ongewenste_omgangsvormen', 7, 'klachten ongewenste omgangsvormen'),
                   ('geschenken_aangeboden', 8, 'aangeboden geschenken'),
                   ('geschenken_aangenomen', 9, 'aangenomen geschenken')) AS k(kengetal, positie, label);
