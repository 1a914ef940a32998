-- The note an admin gives when drafting a retention list is kept with the list (it used to be accepted and lost).
ALTER TABLE retention_list ADD COLUMN note text;
