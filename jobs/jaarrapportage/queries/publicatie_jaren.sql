-- The years to publish: those present in the drop folder.
SELECT jaar FROM stg_jaar ORDER BY jaar
