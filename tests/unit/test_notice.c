/* test_notice: the privacy notice's derived facts: the rights each lawful basis gives, the standing of a location, the authority named by law. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "model/notice.h"
#include "suites.h"

#define B(r)	(1u << (r))
/* Whatever the basis: Arts 15, 16, 18. */
#define ALWAYS	(B(NR_ACCESS) | B(NR_RECTIFICATION) | B(NR_RESTRICTION))

/*
 * The ICO's table of rights by lawful basis, with Art 20(1)(b) (automated
 * means) and Art 9(2)(a) (explicit consent) on top.
 */
static const struct rights_case {
	const char	*basis;
	const char	*art9;
	int		 is_automated;
	int		 has_automated;
	unsigned	 want;
	unsigned	 want_maybe;
} rights_cases[] = {
	{ "a", NULL, -1, -1, ALWAYS | B(NR_ERASURE) | B(NR_PORTABILITY) |
	    B(NR_WITHDRAW_CONSENT), 0 },
	{ "a", NULL, 0, -1, ALWAYS | B(NR_ERASURE) | B(NR_WITHDRAW_CONSENT),
	    0 },
	{ "b", NULL, 1, -1, ALWAYS | B(NR_ERASURE) | B(NR_PORTABILITY), 0 },
	{ "b", NULL, 0, 0, ALWAYS | B(NR_ERASURE), 0 },
	/* Legal obligation: no erasure (Art 17(3)(b)), no objection. */
	{ "c", NULL, 1, -1, ALWAYS, 0 },
	{ "d", NULL, 1, -1, ALWAYS | B(NR_ERASURE), 0 },
	/* Public task: objection, no erasure, no portability (20(3)). */
	{ "e", NULL, 1, -1, ALWAYS | B(NR_OBJECTION), 0 },
	{ "f", NULL, 1, -1, ALWAYS | B(NR_ERASURE) | B(NR_OBJECTION), 0 },
	{ "ea", NULL, 1, -1, ALWAYS | B(NR_ERASURE) | B(NR_OBJECTION), 0 },
	/* Explicit consent for special-category data (Arts 9(2)(a), 20). */
	{ "f", "a", -1, -1, ALWAYS | B(NR_ERASURE) | B(NR_OBJECTION) |
	    B(NR_PORTABILITY) | B(NR_WITHDRAW_CONSENT), 0 },
	{ "c", "h", 1, -1, ALWAYS, 0 },
	/* Automated decisions (Art 22; UK Arts 22A-22D). */
	{ "b", NULL, 1, 1, ALWAYS | B(NR_ERASURE) | B(NR_PORTABILITY) |
	    B(NR_AUTOMATED), 0 },
	/* No basis recorded: what turns on it may apply, never promised. */
	{ NULL, NULL, -1, -1, ALWAYS, B(NR_ERASURE) | B(NR_OBJECTION) |
	    B(NR_PORTABILITY) },
	{ "", NULL, -1, -1, ALWAYS, B(NR_ERASURE) | B(NR_OBJECTION) |
	    B(NR_PORTABILITY) },
	{ NULL, NULL, 0, -1, ALWAYS, B(NR_ERASURE) | B(NR_OBJECTION) },
	{ NULL, "a", -1, -1, ALWAYS | B(NR_ERASURE) | B(NR_PORTABILITY) |
	    B(NR_WITHDRAW_CONSENT), B(NR_OBJECTION) },
	{ NULL, NULL, -1, 1, ALWAYS | B(NR_AUTOMATED), B(NR_ERASURE) |
	    B(NR_OBJECTION) | B(NR_PORTABILITY) },
};

static void
test_rights(void)
{
	const struct rights_case *c;
	unsigned got, maybe;
	size_t i;

	for (i = 0; i < NELEM(rights_cases); i++) {
		c = &rights_cases[i];
		maybe = 0xdead;
		got = notice_rights(c->basis, c->art9, c->is_automated,
		    c->has_automated, &maybe);
		CHECK(got == c->want, "case %zu (basis %s, art9 %s): rights "
		    "%#x, want %#x", i, c->basis ? c->basis : "NULL",
		    c->art9 ? c->art9 : "NULL", got, c->want);
		CHECK(maybe == c->want_maybe, "case %zu: maybe %#x, want %#x",
		    i, maybe, c->want_maybe);
		CHECK((got & maybe) == 0, "case %zu: a right both applies "
		    "and may apply", i);
	}
	/* maybe may be NULL. */
	CU_ASSERT_EQUAL(notice_rights("c", NULL, 1, 0, NULL), ALWAYS);
	for (i = 0; i < NR__MAX; i++)
		CHECK(notice_right_names[i] != NULL, "right %zu has no name",
		    i);
}

static const struct standing_case {
	const char	*rules;
	const char	*country;
	int		 is_eea;
	const char	*status;	/* uk_status or eu_status, by rules */
	const char	*mechanism;
	const char	*valid_until;
	int		 is_derogation;
	enum notice_area area;
	enum notice_safeguard want;
} standing_cases[] = {
	/* Home: the UK and the EEA under uk rules. */
	{ "uk", "GB", 0, "uk", NULL, NULL, 0, NA_HOME, NS_NONE },
	{ "uk", "IE", 1, "adequate", NULL, NULL, 0, NA_HOME, NS_NONE },
	/* A mechanism recorded for a home country changes nothing. */
	{ "uk", "DE", 1, "adequate", "uk-idta", NULL, 0, NA_HOME, NS_NONE },
	/* Under eu rules the UK is outside, with adequacy. */
	{ "eu", "GB", 0, "adequate", NULL, NULL, 0, NA_OUTSIDE,
	    NS_ADEQUACY },
	{ "eu", "FR", 1, "eea", NULL, NULL, 0, NA_HOME, NS_NONE },
	{ "uk", "CH", 0, "adequate", NULL, NULL, 0, NA_OUTSIDE,
	    NS_ADEQUACY },
	{ "uk", "CH", 0, "adequate", "adequacy", NULL, 0, NA_OUTSIDE,
	    NS_ADEQUACY },
	/* CRM.io and Mailchimp: Privacy Shield, invalid since 2020. */
	{ "uk", "US", 0, "partial", "privacy-shield", "2020-07-15", 0,
	    NA_OUTSIDE, NS_INVALID },
	{ "uk", "US", 0, "partial", "uk-us-data-bridge", NULL, 0,
	    NA_OUTSIDE, NS_MECHANISM },
	{ "uk", "US", 0, "partial", NULL, NULL, 0, NA_OUTSIDE, NS_PARTIAL },
	{ "uk", "US", 0, "partial", "none", NULL, 0, NA_OUTSIDE,
	    NS_PARTIAL },
	/* Adequacy claimed where there is none is no safeguard. */
	{ "uk", "IN", 0, "none", "adequacy", NULL, 0, NA_OUTSIDE,
	    NS_MISSING },
	{ "uk", "IN", 0, "none", NULL, NULL, 0, NA_OUTSIDE, NS_MISSING },
	{ "eu", "IN", 0, "none", "eu-scc-2021", NULL, 0, NA_OUTSIDE,
	    NS_MECHANISM },
	{ "uk", "IN", 0, "none", "art49-consent", NULL, 1, NA_OUTSIDE,
	    NS_DEROGATION },
	{ "uk", "IN", 0, "none", "uk-legacy-scc", "2024-03-20", 0,
	    NA_OUTSIDE, NS_INVALID },
};

static void
test_standing(void)
{
	const struct standing_case *c;
	enum notice_safeguard got;
	enum notice_area area;
	size_t i;

	for (i = 0; i < NELEM(standing_cases); i++) {
		c = &standing_cases[i];
		area = NA__MAX;
		got = notice_standing(c->rules, c->country, c->is_eea,
		    c->status, c->mechanism, c->valid_until, c->is_derogation,
		    "2026-11-23", &area);
		CHECK(area == c->area, "case %zu (%s %s %s): area %s, want %s",
		    i, c->rules, c->country, c->mechanism ? c->mechanism :
		    "-", area < NA__MAX ? notice_area_names[area] : "unset",
		    notice_area_names[c->area]);
		CHECK(got == c->want, "case %zu (%s %s %s): safeguard %s, "
		    "want %s", i, c->rules, c->country, c->mechanism ?
		    c->mechanism : "-", notice_safeguard_names[got],
		    notice_safeguard_names[c->want]);
	}
	/* A mechanism holds on its last valid day, not the day after. */
	CU_ASSERT_EQUAL(notice_standing("uk", "US", 0, "partial",
	    "privacy-shield", "2020-07-15", 0, "2020-07-15", &area),
	    NS_MECHANISM);
	CU_ASSERT_EQUAL(notice_standing("uk", "US", 0, "partial",
	    "privacy-shield", "2020-07-15", 0, "2020-07-16", &area),
	    NS_INVALID);
}

static void
test_authority(void)
{
	const char *s;

	s = notice_default_authority("uk");
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT(strstr(s, "Information Commissioner") != NULL);
	s = notice_default_authority("eu");
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT(strstr(s, "where you live") != NULL);
	CU_ASSERT_PTR_NULL(notice_default_authority("us"));
	CU_ASSERT_PTR_NULL(notice_default_authority(NULL));
}

void
suite_notice(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "notice", NULL, NULL);
	TEST_ADD(s, "rights by lawful basis", test_rights);
	TEST_ADD(s, "standing of a location", test_standing);
	TEST_ADD(s, "supervisory authority by law", test_authority);
}
