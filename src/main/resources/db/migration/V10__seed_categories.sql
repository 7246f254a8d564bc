-- The standard recipient categories, present even when the register starts empty.
-- Explicit ids; the sequence then restarts above them so Hibernate's pooled ids never collide.
insert into category (id, code, name, sort_order, version) values (1, 'UN_ORGAN', 'UN organ', 10, 0);
insert into category (id, code, name, sort_order, version) values (2, 'UN_AGENCY', 'UN agency or office', 20, 0);
insert into category (id, code, name, sort_order, version) values (3, 'REGIONAL_IGO', 'Regional intergovernmental organization', 30, 0);
insert into category (id, code, name, sort_order, version) values (4, 'OMBUDSMAN_ASSOCIATION', 'Ombudsman or NHRI association', 40, 0);
insert into category (id, code, name, sort_order, version) values (5, 'NATIONAL_OMBUDSMAN', 'National ombudsman or NHRI', 50, 0);
insert into category (id, code, name, sort_order, version) values (6, 'NGO', 'NGO', 60, 0);
insert into category (id, code, name, sort_order, version) values (7, 'OWN_MISSION', 'Own diplomatic mission', 70, 0);
insert into category (id, code, name, sort_order, version) values (8, 'FOREIGN_MISSION', 'Foreign diplomatic mission', 80, 0);
insert into category (id, code, name, sort_order, version) values (9, 'DIASPORA', 'Diaspora organization', 90, 0);
insert into category (id, code, name, sort_order, version) values (10, 'OTHER', 'Other', 100, 0);
alter sequence category_seq restart with 101;
