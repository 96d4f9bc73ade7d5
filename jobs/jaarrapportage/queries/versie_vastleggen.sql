INSERT INTO bestandsversie (versie_id, ministerie, jaar, bestandsnaam, versie, sha256, grootte, formulier, dialect, status,
                            gegevensregels, geladen_regels, fouten, waarschuwingen, archiefpad, ontvangen_op, run_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
