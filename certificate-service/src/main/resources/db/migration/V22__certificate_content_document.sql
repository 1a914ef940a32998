-- What an issued certificate certifies becomes a document of its own (CertificateContent, format 1): the type's
-- template as it was at issue and the request's values, in one jsonb column, independent of how the catalogue
-- stores templates and of the API's shapes. Certificates issued before keep exactly what they had.
ALTER TABLE certificate ADD COLUMN content jsonb;
UPDATE certificate SET content = jsonb_build_object('format', 1, 'template', template, 'fields', fields);
ALTER TABLE certificate ALTER COLUMN content SET NOT NULL;
ALTER TABLE certificate DROP COLUMN template, DROP COLUMN fields;
