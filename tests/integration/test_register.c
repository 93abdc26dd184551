/* test_register: the register's checks on the seed organisations, gdprdeskctl checks, and the register pages' scope. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

static const char *const rg_slugs[] = {
	"realtimecrm", "expertcrm", "opencrm", "crmio", "callminders",
};

static int
rg_init(void)
{
	return it_suite_init();
}

static int
rg_clean(void)
{
	return 0;
}

static int
rg_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds a copy of s to the list. */
static void
rg_push(char ***list, size_t *n, char *s)
{
	*list = xreallocarray(*list, *n + 1, sizeof(**list));
	(*list)[(*n)++] = s;
}

static void
rg_free_list(char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

/*
 * Runs `gdprdeskctl checks slug` and returns its findings as sorted
 * "CODE<TAB>ENTITY" strings, entities named as the expectations name
 * them: organisation, activity:NAME, recipient:NAME. Sets *status to
 * the exit status; every line must have five fields.
 */
static char **
rg_actual(const char *slug, size_t *n, int *status)
{
	char *cmd, *line = NULL, *f[5], *p, *name;
	char **out = NULL;
	size_t cap = 0, k;
	long long id;
	FILE *pp;

	*n = 0;
	cmd = xasprintf("'%s/gdprdeskctl' --var '%s' checks %s", it_bin(),
	    it_var(), slug);
	pp = popen(cmd, "r");
	free(cmd);
	if (pp == NULL) {
		*status = -1;
		return NULL;
	}
	while (getline(&line, &cap, pp) > 0) {
		line[strcspn(line, "\n")] = '\0';
		for (p = line, k = 0; k < 5 && p != NULL; k++) {
			f[k] = p;
			if ((p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		CU_ASSERT_EQUAL(k, 5);
		CU_ASSERT(p == NULL);
		if (k != 5)
			continue;
		CU_ASSERT(strcmp(f[1], "error") == 0 ||
		    strcmp(f[1], "warning") == 0 || strcmp(f[1], "info") == 0);
		CU_ASSERT(strncmp(f[2], "Art ", 4) == 0);
		CU_ASSERT(f[4][0] != '\0');
		if (strncmp(f[3], "organisation:", 13) == 0) {
			CU_ASSERT_STRING_EQUAL(f[3] + 13, slug);
			rg_push(&out, n, xasprintf("%s\torganisation", f[0]));
		} else if (sscanf(f[3], "activity:%lld", &id) == 1) {
			name = it_sql_str("SELECT name FROM activity WHERE "
			    "id = %lld", id);
			rg_push(&out, n, xasprintf("%s\tactivity:%s", f[0],
			    name ? name : "?"));
			free(name);
		} else if (sscanf(f[3], "recipient:%lld", &id) == 1) {
			name = it_sql_str("SELECT name FROM recipient WHERE "
			    "id = %lld", id);
			rg_push(&out, n, xasprintf("%s\trecipient:%s", f[0],
			    name ? name : "?"));
			free(name);
		} else
			CU_FAIL("a finding names an unknown kind of entity");
	}
	free(line);
	*status = pclose(pp);
	if (*n > 1)
		qsort(out, *n, sizeof(*out), rg_cmp);
	return out;
}

/* The expected findings of tests/data/findings/SLUG.tsv, sorted. */
static char **
rg_expected(const char *slug, size_t *n)
{
	char *path, *line = NULL, *tab;
	char **out = NULL;
	size_t cap = 0;
	FILE *fp;

	*n = 0;
	path = xasprintf("tests/data/findings/%s.tsv", slug);
	fp = fopen(path, "r");
	free(path);
	if (fp == NULL)
		return NULL;
	while (getline(&line, &cap, fp) > 0) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		/* CODE<TAB>ENTITY<TAB>JUSTIFICATION: keep the first two. */
		if ((tab = strchr(line, '\t')) != NULL &&
		    (tab = strchr(tab + 1, '\t')) != NULL)
			*tab = '\0';
		rg_push(&out, n, xstrdup(line));
	}
	free(line);
	fclose(fp);
	if (*n > 1)
		qsort(out, *n, sizeof(*out), rg_cmp);
	return out;
}

/* Each seed organisation's findings are exactly those written down. */
static void
test_seed_findings(void)
{
	char **got, **want;
	size_t ng, nw, i, j, s;
	int status;

	for (s = 0; s < NELEM(rg_slugs); s++) {
		want = rg_expected(rg_slugs[s], &nw);
		CU_ASSERT_FATAL(want != NULL);
		got = rg_actual(rg_slugs[s], &ng, &status);
		CU_ASSERT_EQUAL(status, 0);
		/* Report both differences before asserting. */
		for (i = 0, j = 0; i < ng || j < nw;) {
			int c = i == ng ? 1 : j == nw ? -1 :
			    strcmp(got[i], want[j]);

			if (c < 0)
				fprintf(stderr, "\n    %s: unexpected finding "
				    "%s", rg_slugs[s], got[i++]);
			else if (c > 0)
				fprintf(stderr, "\n    %s: missing finding %s",
				    rg_slugs[s], want[j++]);
			else
				i++, j++;
		}
		CU_ASSERT_EQUAL(ng, nw);
		for (i = 0; i < ng && i < nw; i++)
			CU_ASSERT_STRING_EQUAL(got[i], want[i]);
		rg_free_list(got, ng);
		rg_free_list(want, nw);
	}
}

/* An unknown or malformed slug exits 2; nothing is printed on stdout. */
static void
test_checks_unknown(void)
{
	size_t n;
	int status;
	char **got;

	got = rg_actual("no-such-organisation", &n, &status);
	CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 2);
	CU_ASSERT_EQUAL(n, 0);
	rg_free_list(got, n);
	got = rg_actual("Bad_Slug", &n, &status);
	CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 2);
	rg_free_list(got, n);
}

/* The register and checks pages answer in XML; another org's are 404. */
static void
test_register_pages(void)
{
	struct it_sess admin = { 0 }, dpo = { 0 };
	struct ht_resp r = { 0 };
	char *login, *org;
	xmlDocPtr doc;

	CU_ASSERT_FATAL(it_login("admin", it_admin_password(), &admin) == 303);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/crmio/register", admin.cookie,
	    1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/o/crmio/register"));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(/register/activities/activity)") >
	    0);
	CU_ASSERT(ht_xpath_int(doc, "count(/register/recipients/recipient)") >
	    0);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/crmio/checks", admin.cookie,
	    1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/o/crmio/checks"));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(/checks/finding[@code='R08'])") >
	    0);
	CU_ASSERT(ht_xpath_int(doc, "count(/checks/finding[@code='R13' and "
	    "@entity='organisation'])") == 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* HTML renders too. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/crmio/checks", admin.cookie,
	    0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/o/crmio/checks (HTML)"));
	CU_ASSERT(ht_body_has(&r, "R08"));
	ht_resp_free(&r);

	org = it_org("register");
	login = it_name("t-regdpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", org, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &dpo) == 303);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/crmio/register", dpo.cookie,
	    0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET another's register as a DPO"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/crmio/checks", dpo.cookie,
	    0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET another's checks as a DPO"));
	ht_resp_free(&r);
	{
		char *path = xasprintf("/staff/o/%s/register", org);

		CU_ASSERT_FATAL(ht_get(&r, path, dpo.cookie, 1) == 0);
		CU_ASSERT(it_status(&r, 200, "GET its own register"));
		ht_resp_free(&r);
		free(path);
	}
	free(login);
	free(org);
	it_sess_free(&dpo);
	it_sess_free(&admin);
}

int
test_register_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("register", rg_init, rg_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "each seed organisation's findings are exactly "
	    "those expected", test_seed_findings) == NULL ||
	    CU_add_test(s, "gdprdeskctl checks: an unknown slug exits 2",
	    test_checks_unknown) == NULL ||
	    CU_add_test(s, "register and checks pages, scoped",
	    test_register_pages) == NULL)
		return -1;
	return 0;
}
