-- 0005_calendar: holiday calendars, for the deadlines of data-subject
-- requests (GDPR-RULES.md decisions 6 and 7, section 7).
--
-- A due date that falls on a Saturday, a Sunday or a day of the
-- organisation's calendar moves to the next working day. A calendar
-- covers the years in which it has at least one row; a date the
-- deadline engine must look at outside them is an error, never a guess.
-- Admins add a day (a proclaimed one-off holiday) or a whole calendar
-- with plain INSERTs here (and later from the calendar page): the
-- engine reads the rows as they are, so an added day counts at once.
--
-- Shipped: 2024-2028 for five calendars. Where the days come from:
--   england-and-wales,
--   scotland,
--   northern-ireland   GDPR-RULES.md section 7 (2024-2027: the rows
--                      below equal its tables exactly), and its
--                      substitute-day rules for 2028: a holiday on a
--                      Saturday or Sunday moves to the next weekday that
--                      is not already a holiday (25 Dec on a Saturday:
--                      Mon 27 and Tue 28; Scotland's 1 and 2 January on a
--                      Saturday and Sunday: Mon 3 and Tue 4). Scotland:
--                      no Easter Monday, summer holiday on the first
--                      Monday of August, St Andrew's Day (30 Nov or the
--                      Monday after), and the one-off 15 June 2026
--                      (Royal Proclamation of 4 Feb 2026). Check against
--                      https://www.gov.uk/bank-holidays.json when it
--                      lists 2028, and add proclaimed days as they come.
--   ireland            Organisation of Working Time Act 1997 Sch 2 as
--                      amended: New Year's Day; St Brigid's Day (the
--                      first Monday of February, or 1 February when that
--                      is a Friday); St Patrick's Day 17 Mar; Easter
--                      Monday; the first Monday of May, June and August;
--                      the last Monday of October; Christmas Day; St
--                      Stephen's Day. Good Friday is not a public holiday.
--                      Irish law gives no automatic substitute when a
--                      holiday falls on a weekend (an employee is owed a
--                      day); in practice the next working day is taken as
--                      the holiday, and so it is here: a weekend holiday
--                      moves to the next weekday not already a holiday
--                      (17 Mar 2024 Sun -> Mon 18 Mar; 26 Dec 2026 Sat ->
--                      Mon 28 Dec; 25/26 Dec 2027 Sat/Sun -> Mon 27, Tue
--                      28; 1 Jan 2028 Sat -> Mon 3 Jan).
--   germany            The nine nationwide holidays only (the Laender add
--                      their own): New Year's Day, Good Friday, Easter
--                      Monday, Labour Day 1 May, Ascension (Easter + 39),
--                      Whit Monday (Easter + 50), German Unity Day 3 Oct,
--                      25 and 26 Dec. No substitute days.
-- Easter Sunday (Gregorian computus): 31 Mar 2024, 20 Apr 2025, 5 Apr 2026,
-- 28 Mar 2027, 16 Apr 2028.
-- Plain INSERTs: a migration runs exactly once.

SET NAMES utf8mb4;

-- A named holiday calendar, chosen per organisation (organisation.calendar).
CREATE TABLE calendar (
	name VARCHAR(40) NOT NULL PRIMARY KEY COMMENT 'stable name: [a-z0-9-], as organisation.calendar holds it',
	description VARCHAR(200) NOT NULL COMMENT 'what it is and where its days come from, for people',
	CONSTRAINT calendar_name CHECK (name REGEXP '^[a-z0-9][a-z0-9-]{1,39}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One holiday of a calendar: a day on which a deadline does not end.
-- Versioned, so that a due date computed before a day was added or
-- removed can be explained from the calendar as it then was.
CREATE TABLE calendar_day (
	calendar VARCHAR(40) NOT NULL COMMENT 'calendar.name',
	day DATE NOT NULL COMMENT 'the holiday (a substitute day is the day off, not the nominal date)',
	name VARCHAR(200) NOT NULL COMMENT 'the holiday''s name, shown when a deadline rolls over it',
	PRIMARY KEY (calendar, day),
	FOREIGN KEY (calendar) REFERENCES calendar (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

INSERT INTO calendar (name, description) VALUES
	('england-and-wales', 'Bank holidays in England and Wales (gov.uk division england-and-wales)'),
	('scotland', 'Bank holidays in Scotland (gov.uk division scotland)'),
	('northern-ireland', 'Bank holidays in Northern Ireland (gov.uk division northern-ireland)'),
	('ireland', 'Public holidays in Ireland; a holiday on a weekend moves to the next working day'),
	('germany', 'The nine nationwide public holidays of Germany (no regional ones, no substitutes)');

-- england-and-wales
INSERT INTO calendar_day (calendar, day, name) VALUES
	('england-and-wales', '2024-01-01', 'New Year''s Day'),
	('england-and-wales', '2024-03-29', 'Good Friday'),
	('england-and-wales', '2024-04-01', 'Easter Monday'),
	('england-and-wales', '2024-05-06', 'Early May bank holiday'),
	('england-and-wales', '2024-05-27', 'Spring bank holiday'),
	('england-and-wales', '2024-08-26', 'Summer bank holiday'),
	('england-and-wales', '2024-12-25', 'Christmas Day'),
	('england-and-wales', '2024-12-26', 'Boxing Day'),
	('england-and-wales', '2025-01-01', 'New Year''s Day'),
	('england-and-wales', '2025-04-18', 'Good Friday'),
	('england-and-wales', '2025-04-21', 'Easter Monday'),
	('england-and-wales', '2025-05-05', 'Early May bank holiday'),
	('england-and-wales', '2025-05-26', 'Spring bank holiday'),
	('england-and-wales', '2025-08-25', 'Summer bank holiday'),
	('england-and-wales', '2025-12-25', 'Christmas Day'),
	('england-and-wales', '2025-12-26', 'Boxing Day'),
	('england-and-wales', '2026-01-01', 'New Year''s Day'),
	('england-and-wales', '2026-04-03', 'Good Friday'),
	('england-and-wales', '2026-04-06', 'Easter Monday'),
	('england-and-wales', '2026-05-04', 'Early May bank holiday'),
	('england-and-wales', '2026-05-25', 'Spring bank holiday'),
	('england-and-wales', '2026-08-31', 'Summer bank holiday'),
	('england-and-wales', '2026-12-25', 'Christmas Day'),
	('england-and-wales', '2026-12-28', 'Boxing Day (substitute day)'),
	('england-and-wales', '2027-01-01', 'New Year''s Day'),
	('england-and-wales', '2027-03-26', 'Good Friday'),
	('england-and-wales', '2027-03-29', 'Easter Monday'),
	('england-and-wales', '2027-05-03', 'Early May bank holiday'),
	('england-and-wales', '2027-05-31', 'Spring bank holiday'),
	('england-and-wales', '2027-08-30', 'Summer bank holiday'),
	('england-and-wales', '2027-12-27', 'Christmas Day (substitute day)'),
	('england-and-wales', '2027-12-28', 'Boxing Day (substitute day)'),
	('england-and-wales', '2028-01-03', 'New Year''s Day (substitute day)'),
	('england-and-wales', '2028-04-14', 'Good Friday'),
	('england-and-wales', '2028-04-17', 'Easter Monday'),
	('england-and-wales', '2028-05-01', 'Early May bank holiday'),
	('england-and-wales', '2028-05-29', 'Spring bank holiday'),
	('england-and-wales', '2028-08-28', 'Summer bank holiday'),
	('england-and-wales', '2028-12-25', 'Christmas Day'),
	('england-and-wales', '2028-12-26', 'Boxing Day');

-- scotland
INSERT INTO calendar_day (calendar, day, name) VALUES
	('scotland', '2024-01-01', 'New Year''s Day'),
	('scotland', '2024-01-02', '2nd January'),
	('scotland', '2024-03-29', 'Good Friday'),
	('scotland', '2024-05-06', 'Early May bank holiday'),
	('scotland', '2024-05-27', 'Spring bank holiday'),
	('scotland', '2024-08-05', 'Summer bank holiday'),
	('scotland', '2024-12-02', 'St Andrew''s Day (substitute day)'),
	('scotland', '2024-12-25', 'Christmas Day'),
	('scotland', '2024-12-26', 'Boxing Day'),
	('scotland', '2025-01-01', 'New Year''s Day'),
	('scotland', '2025-01-02', '2nd January'),
	('scotland', '2025-04-18', 'Good Friday'),
	('scotland', '2025-05-05', 'Early May bank holiday'),
	('scotland', '2025-05-26', 'Spring bank holiday'),
	('scotland', '2025-08-04', 'Summer bank holiday'),
	('scotland', '2025-12-01', 'St Andrew''s Day (substitute day)'),
	('scotland', '2025-12-25', 'Christmas Day'),
	('scotland', '2025-12-26', 'Boxing Day'),
	('scotland', '2026-01-01', 'New Year''s Day'),
	('scotland', '2026-01-02', '2nd January'),
	('scotland', '2026-04-03', 'Good Friday'),
	('scotland', '2026-05-04', 'Early May bank holiday'),
	('scotland', '2026-05-25', 'Spring bank holiday'),
	('scotland', '2026-06-15', 'FIFA World Cup bank holiday (one-off)'),
	('scotland', '2026-08-03', 'Summer bank holiday'),
	('scotland', '2026-11-30', 'St Andrew''s Day'),
	('scotland', '2026-12-25', 'Christmas Day'),
	('scotland', '2026-12-28', 'Boxing Day (substitute day)'),
	('scotland', '2027-01-01', 'New Year''s Day'),
	('scotland', '2027-01-04', '2nd January (substitute day)'),
	('scotland', '2027-03-26', 'Good Friday'),
	('scotland', '2027-05-03', 'Early May bank holiday'),
	('scotland', '2027-05-31', 'Spring bank holiday'),
	('scotland', '2027-08-02', 'Summer bank holiday'),
	('scotland', '2027-11-30', 'St Andrew''s Day'),
	('scotland', '2027-12-27', 'Christmas Day (substitute day)'),
	('scotland', '2027-12-28', 'Boxing Day (substitute day)'),
	('scotland', '2028-01-03', 'New Year''s Day (substitute day)'),
	('scotland', '2028-01-04', '2nd January (substitute day)'),
	('scotland', '2028-04-14', 'Good Friday'),
	('scotland', '2028-05-01', 'Early May bank holiday'),
	('scotland', '2028-05-29', 'Spring bank holiday'),
	('scotland', '2028-08-07', 'Summer bank holiday'),
	('scotland', '2028-11-30', 'St Andrew''s Day'),
	('scotland', '2028-12-25', 'Christmas Day'),
	('scotland', '2028-12-26', 'Boxing Day');

-- northern-ireland
INSERT INTO calendar_day (calendar, day, name) VALUES
	('northern-ireland', '2024-01-01', 'New Year''s Day'),
	('northern-ireland', '2024-03-18', 'St Patrick''s Day (substitute day)'),
	('northern-ireland', '2024-03-29', 'Good Friday'),
	('northern-ireland', '2024-04-01', 'Easter Monday'),
	('northern-ireland', '2024-05-06', 'Early May bank holiday'),
	('northern-ireland', '2024-05-27', 'Spring bank holiday'),
	('northern-ireland', '2024-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
	('northern-ireland', '2024-08-26', 'Summer bank holiday'),
	('northern-ireland', '2024-12-25', 'Christmas Day'),
	('northern-ireland', '2024-12-26', 'Boxing Day'),
	('northern-ireland', '2025-01-01', 'New Year''s Day'),
	('northern-ireland', '2025-03-17', 'St Patrick''s Day'),
	('northern-ireland', '2025-04-18', 'Good Friday'),
	('northern-ireland', '2025-04-21', 'Easter Monday'),
	('northern-ireland', '2025-05-05', 'Early May bank holiday'),
	('northern-ireland', '2025-05-26', 'Spring bank holiday'),
	('northern-ireland', '2025-07-14', 'Battle of the Boyne (Orangemen''s Day) (substitute day)'),
	('northern-ireland', '2025-08-25', 'Summer bank holiday'),
	('northern-ireland', '2025-12-25', 'Christmas Day'),
	('northern-ireland', '2025-12-26', 'Boxing Day'),
	('northern-ireland', '2026-01-01', 'New Year''s Day'),
	('northern-ireland', '2026-03-17', 'St Patrick''s Day'),
	('northern-ireland', '2026-04-03', 'Good Friday'),
	('northern-ireland', '2026-04-06', 'Easter Monday'),
	('northern-ireland', '2026-05-04', 'Early May bank holiday'),
	('northern-ireland', '2026-05-25', 'Spring bank holiday'),
	('northern-ireland', '2026-07-13', 'Battle of the Boyne (Orangemen''s Day) (substitute day)'),
	('northern-ireland', '2026-08-31', 'Summer bank holiday'),
	('northern-ireland', '2026-12-25', 'Christmas Day'),
	('northern-ireland', '2026-12-28', 'Boxing Day (substitute day)'),
	('northern-ireland', '2027-01-01', 'New Year''s Day'),
	('northern-ireland', '2027-03-17', 'St Patrick''s Day'),
	('northern-ireland', '2027-03-26', 'Good Friday'),
	('northern-ireland', '2027-03-29', 'Easter Monday'),
	('northern-ireland', '2027-05-03', 'Early May bank holiday'),
	('northern-ireland', '2027-05-31', 'Spring bank holiday'),
	('northern-ireland', '2027-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
	('northern-ireland', '2027-08-30', 'Summer bank holiday'),
	('northern-ireland', '2027-12-27', 'Christmas Day (substitute day)'),
	('northern-ireland', '2027-12-28', 'Boxing Day (substitute day)'),
	('northern-ireland', '2028-01-03', 'New Year''s Day (substitute day)'),
	('northern-ireland', '2028-03-17', 'St Patrick''s Day'),
	('northern-ireland', '2028-04-14', 'Good Friday'),
	('northern-ireland', '2028-04-17', 'Easter Monday'),
	('northern-ireland', '2028-05-01', 'Early May bank holiday'),
	('northern-ireland', '2028-05-29', 'Spring bank holiday'),
	('northern-ireland', '2028-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
	('northern-ireland', '2028-08-28', 'Summer bank holiday'),
	('northern-ireland', '2028-12-25', 'Christmas Day'),
	('northern-ireland', '2028-12-26', 'Boxing Day');

-- ireland
INSERT INTO calendar_day (calendar, day, name) VALUES
	('ireland', '2024-01-01', 'New Year''s Day'),
	('ireland', '2024-02-05', 'St Brigid''s Day'),
	('ireland', '2024-03-18', 'St Patrick''s Day (substitute day)'),
	('ireland', '2024-04-01', 'Easter Monday'),
	('ireland', '2024-05-06', 'May bank holiday'),
	('ireland', '2024-06-03', 'June bank holiday'),
	('ireland', '2024-08-05', 'August bank holiday'),
	('ireland', '2024-10-28', 'October bank holiday'),
	('ireland', '2024-12-25', 'Christmas Day'),
	('ireland', '2024-12-26', 'St Stephen''s Day'),
	('ireland', '2025-01-01', 'New Year''s Day'),
	('ireland', '2025-02-03', 'St Brigid''s Day'),
	('ireland', '2025-03-17', 'St Patrick''s Day'),
	('ireland', '2025-04-21', 'Easter Monday'),
	('ireland', '2025-05-05', 'May bank holiday'),
	('ireland', '2025-06-02', 'June bank holiday'),
	('ireland', '2025-08-04', 'August bank holiday'),
	('ireland', '2025-10-27', 'October bank holiday'),
	('ireland', '2025-12-25', 'Christmas Day'),
	('ireland', '2025-12-26', 'St Stephen''s Day'),
	('ireland', '2026-01-01', 'New Year''s Day'),
	('ireland', '2026-02-02', 'St Brigid''s Day'),
	('ireland', '2026-03-17', 'St Patrick''s Day'),
	('ireland', '2026-04-06', 'Easter Monday'),
	('ireland', '2026-05-04', 'May bank holiday'),
	('ireland', '2026-06-01', 'June bank holiday'),
	('ireland', '2026-08-03', 'August bank holiday'),
	('ireland', '2026-10-26', 'October bank holiday'),
	('ireland', '2026-12-25', 'Christmas Day'),
	('ireland', '2026-12-28', 'St Stephen''s Day (substitute day)'),
	('ireland', '2027-01-01', 'New Year''s Day'),
	('ireland', '2027-02-01', 'St Brigid''s Day'),
	('ireland', '2027-03-17', 'St Patrick''s Day'),
	('ireland', '2027-03-29', 'Easter Monday'),
	('ireland', '2027-05-03', 'May bank holiday'),
	('ireland', '2027-06-07', 'June bank holiday'),
	('ireland', '2027-08-02', 'August bank holiday'),
	('ireland', '2027-10-25', 'October bank holiday'),
	('ireland', '2027-12-27', 'Christmas Day (substitute day)'),
	('ireland', '2027-12-28', 'St Stephen''s Day (substitute day)'),
	('ireland', '2028-01-03', 'New Year''s Day (substitute day)'),
	('ireland', '2028-02-07', 'St Brigid''s Day'),
	('ireland', '2028-03-17', 'St Patrick''s Day'),
	('ireland', '2028-04-17', 'Easter Monday'),
	('ireland', '2028-05-01', 'May bank holiday'),
	('ireland', '2028-06-05', 'June bank holiday'),
	('ireland', '2028-08-07', 'August bank holiday'),
	('ireland', '2028-10-30', 'October bank holiday'),
	('ireland', '2028-12-25', 'Christmas Day'),
	('ireland', '2028-12-26', 'St Stephen''s Day');

-- germany
INSERT INTO calendar_day (calendar, day, name) VALUES
	('germany', '2024-01-01', 'Neujahr (New Year''s Day)'),
	('germany', '2024-03-29', 'Karfreitag (Good Friday)'),
	('germany', '2024-04-01', 'Ostermontag (Easter Monday)'),
	('germany', '2024-05-01', 'Tag der Arbeit (Labour Day)'),
	('germany', '2024-05-09', 'Christi Himmelfahrt (Ascension Day)'),
	('germany', '2024-05-20', 'Pfingstmontag (Whit Monday)'),
	('germany', '2024-10-03', 'Tag der Deutschen Einheit (German Unity Day)'),
	('germany', '2024-12-25', '1. Weihnachtstag (Christmas Day)'),
	('germany', '2024-12-26', '2. Weihnachtstag (Second Day of Christmas)'),
	('germany', '2025-01-01', 'Neujahr (New Year''s Day)'),
	('germany', '2025-04-18', 'Karfreitag (Good Friday)'),
	('germany', '2025-04-21', 'Ostermontag (Easter Monday)'),
	('germany', '2025-05-01', 'Tag der Arbeit (Labour Day)'),
	('germany', '2025-05-29', 'Christi Himmelfahrt (Ascension Day)'),
	('germany', '2025-06-09', 'Pfingstmontag (Whit Monday)'),
	('germany', '2025-10-03', 'Tag der Deutschen Einheit (German Unity Day)'),
	('germany', '2025-12-25', '1. Weihnachtstag (Christmas Day)'),
	('germany', '2025-12-26', '2. Weihnachtstag (Second Day of Christmas)'),
	('germany', '2026-01-01', 'Neujahr (New Year''s Day)'),
	('germany', '2026-04-03', 'Karfreitag (Good Friday)'),
	('germany', '2026-04-06', 'Ostermontag (Easter Monday)'),
	('germany', '2026-05-01', 'Tag der Arbeit (Labour Day)'),
	('germany', '2026-05-14', 'Christi Himmelfahrt (Ascension Day)'),
	('germany', '2026-05-25', 'Pfingstmontag (Whit Monday)'),
	('germany', '2026-10-03', 'Tag der Deutschen Einheit (German Unity Day)'),
	('germany', '2026-12-25', '1. Weihnachtstag (Christmas Day)'),
	('germany', '2026-12-26', '2. Weihnachtstag (Second Day of Christmas)'),
	('germany', '2027-01-01', 'Neujahr (New Year''s Day)'),
	('germany', '2027-03-26', 'Karfreitag (Good Friday)'),
	('germany', '2027-03-29', 'Ostermontag (Easter Monday)'),
	('germany', '2027-05-01', 'Tag der Arbeit (Labour Day)'),
	('germany', '2027-05-06', 'Christi Himmelfahrt (Ascension Day)'),
	('germany', '2027-05-17', 'Pfingstmontag (Whit Monday)'),
	('germany', '2027-10-03', 'Tag der Deutschen Einheit (German Unity Day)'),
	('germany', '2027-12-25', '1. Weihnachtstag (Christmas Day)'),
	('germany', '2027-12-26', '2. Weihnachtstag (Second Day of Christmas)'),
	('germany', '2028-01-01', 'Neujahr (New Year''s Day)'),
	('germany', '2028-04-14', 'Karfreitag (Good Friday)'),
	('germany', '2028-04-17', 'Ostermontag (Easter Monday)'),
	('germany', '2028-05-01', 'Tag der Arbeit (Labour Day)'),
	('germany', '2028-05-25', 'Christi Himmelfahrt (Ascension Day)'),
	('germany', '2028-06-05', 'Pfingstmontag (Whit Monday)'),
	('germany', '2028-10-03', 'Tag der Deutschen Einheit (German Unity Day)'),
	('germany', '2028-12-25', '1. Weihnachtstag (Christmas Day)'),
	('germany', '2028-12-26', '2. Weihnachtstag (Second Day of Christmas)');
