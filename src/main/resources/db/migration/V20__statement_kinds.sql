-- The kinds of outgoing document, with whether a reply is expected and within how many days.
-- Administrators edit them under /admin/kinds; codes are stable (the API uses them).
insert into statement_kind (id, code, name, reply_expected, reply_days, sort_order, active, version) values
  (1, 'STATEMENT',       'Public statement',      false, null, 10, true, 0),
  (2, 'APPEAL',          'Appeal',                true,  30,   20, true, 0),
  (3, 'NOTE_VERBALE',    'Note verbale',          true,  30,   30, true, 0),
  (4, 'LETTER',          'Letter',                true,  30,   40, true, 0),
  (5, 'SPECIAL_REPORT',  'Special report',        false, null, 50, true, 0),
  (6, 'PRESS_RELEASE',   'Press release',         false, null, 60, true, 0),
  (7, 'REPLY_TO_REPORT', 'Reply to a report',     false, null, 70, true, 0);
-- Keep Hibernate's pooled ids (blocks of 50 ending at the sequence value) clear of the rows above.
alter sequence statement_kind_seq restart with 101;
