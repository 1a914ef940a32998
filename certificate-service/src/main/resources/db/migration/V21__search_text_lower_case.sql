-- The lookup matches search_text with LIKE (cheaper than ILIKE and still served by the trigram index): keep it
-- lower-cased, as CertificateType.refreshSearchText() now writes it.
UPDATE certificate_type SET search_text = lower(search_text) WHERE search_text <> lower(search_text);
