/* test_request: the pure parts of a public request: kinds, yes/no, keys, reference shapes and due dates. */
#include <CUnit/CUnit.h>

#include "model/request.h"
#include "suites.h"

static void
test_kinds(void)
{
	long long n;

	CU_ASSERT(request_v_kind("access", &n));
	CU_ASSERT(request_v_kind("unsure", &n));
	CU_ASSERT(request_v_kind("complaint", &n));
	CU_ASSERT(!request_v_kind("Access", &n));
	CU_ASSERT(!request_v_kind("", &n));
	CU_ASSERT(!request_v_kind("access ", &n));
	CU_ASSERT(request_kind_ok("erasure", "eu"));
	CU_ASSERT(request_kind_ok("complaint", "uk"));
	CU_ASSERT(!request_kind_ok("complaint", "eu"));
	CU_ASSERT(!request_kind_ok("complaint", NULL));
	CU_ASSERT(!request_kind_ok("refund", "uk"));
	CU_ASSERT(!request_kind_ok(NULL, "uk"));
}

static void
test_yesno_key(void)
{
	long long n = -1;

	CU_ASSERT(request_v_yesno("yes", &n) && n == 1);
	CU_ASSERT(request_v_yesno("no", &n) && n == 0);
	CU_ASSERT(!request_v_yesno("1", &n));
	CU_ASSERT(!request_v_yesno("Yes", &n));
	CU_ASSERT(request_v_phone("01632 960 001", &n));
	CU_ASSERT(request_v_phone("+44 (0)808-157.0192", &n));
	CU_ASSERT(!request_v_phone("12345", &n));
	CU_ASSERT(!request_v_phone("call me", &n));
	CU_ASSERT(!request_v_phone("0163296000x", &n));
	CU_ASSERT(!request_v_phone("+ ( ) - . 1", &n));
	CU_ASSERT(request_v_key("0123456789abcdef0123456789abcdef"
	    "0123456789abcdef0123456789abcdef", &n));
	CU_ASSERT(!request_v_key("0123456789ABCDEF0123456789abcdef"
	    "0123456789abcdef0123456789abcdef", &n));
	CU_ASSERT(!request_v_key("0123456789abcdef", &n));
	CU_ASSERT(!request_v_key("0123456789abcdef0123456789abcdef"
	    "0123456789abcdef0123456789abcdef0", &n));
	CU_ASSERT(!request_v_key("", &n));
}

static void
test_reference(void)
{
	CU_ASSERT(request_ref_ok("RTC-2026-0001"));
	CU_ASSERT(request_ref_ok("A1-2027-12345"));
	CU_ASSERT(request_ref_ok("ABCDEFGH-2026-0042"));
	CU_ASSERT(!request_ref_ok("ABCDEFGHI-2026-0042"));
	CU_ASSERT(!request_ref_ok("rtc-2026-0001"));
	CU_ASSERT(!request_ref_ok("RTC-26-0001"));
	CU_ASSERT(!request_ref_ok("RTC-2026-001"));
	CU_ASSERT(!request_ref_ok("RTC-2026-0001x"));
	CU_ASSERT(!request_ref_ok("-2026-0001"));
	CU_ASSERT(!request_ref_ok(""));
}

static void
test_due(void)
{
	struct deadline_cal *cal;
	struct deadline_date d, due;

	cal = deadline_cal_new("test");
	CU_ASSERT_FATAL(deadline_date_parse("2026-12-25", &d) == 0);
	CU_ASSERT(deadline_cal_add(cal, d, "Christmas Day") == 0);
	CU_ASSERT_FATAL(deadline_date_parse("2026-12-28", &d) == 0);
	CU_ASSERT(deadline_cal_add(cal, d, "Boxing Day (substitute)") == 0);
	CU_ASSERT_FATAL(deadline_date_parse("2027-01-01", &d) == 0);
	CU_ASSERT(deadline_cal_add(cal, d, "New Year's Day") == 0);
	deadline_cal_done(cal);

	/* Received Mon 23 Nov 2026: due Wed 23 Dec 2026. */
	CU_ASSERT_FATAL(deadline_date_parse("2026-11-23", &d) == 0);
	CU_ASSERT(request_due(cal, DEADLINE_UK, "access", d, &due) ==
	    DEADLINE_OK);
	CU_ASSERT(due.year == 2026 && due.month == 12 && due.day == 23);
	/* Received 25 Nov: 25 Dec is a holiday, 26-27 a weekend, 28 too. */
	CU_ASSERT_FATAL(deadline_date_parse("2026-11-25", &d) == 0);
	CU_ASSERT(request_due(cal, DEADLINE_UK, "erasure", d, &due) ==
	    DEADLINE_OK);
	CU_ASSERT(due.year == 2026 && due.month == 12 && due.day == 29);
	/* A complaint: received + 29 days, no roll. */
	CU_ASSERT(request_due(cal, DEADLINE_UK, "complaint", d, &due) ==
	    DEADLINE_OK);
	CU_ASSERT(due.year == 2026 && due.month == 12 && due.day == 24);
	/* Outside the calendar's years: an error, not a guess. */
	CU_ASSERT_FATAL(deadline_date_parse("2030-03-02", &d) == 0);
	CU_ASSERT(request_due(cal, DEADLINE_UK, "access", d, &due) !=
	    DEADLINE_OK);
	deadline_cal_free(cal);
}

void
suite_request(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "request", NULL, NULL);
	TEST_ADD(s, "kinds, and complaint only under uk", test_kinds);
	TEST_ADD(s, "yes/no, telephone numbers and submission keys", test_yesno_key);
	TEST_ADD(s, "reference shape PREFIX-YYYY-NNNN", test_reference);
	TEST_ADD(s, "due dates: a month rolled, a complaint + 29 days",
	    test_due);
}
