-- The language each member of staff chose for the interface (issue 12): az, en or ru; empty until
-- they choose one, and then every page follows the browser's Accept-Language.
alter table staff_user add column language varchar(5);
