/* suites: the unit suites' entry points and the assertion helper they share. */
#ifndef GD_TEST_SUITES_H
#define GD_TEST_SUITES_H

#include <stdarg.h>
#include <stdio.h>

#include <CUnit/CUnit.h>

/* Each adds its CUnit suite and tests to the registry. */
void	 suite_util(void);
void	 suite_crypto(void);
void	 suite_form(void);
void	 suite_http(void);
void	 suite_router(void);
void	 suite_xml(void);
void	 suite_checks(void);
void	 suite_answer(void);
void	 suite_csv(void);
void	 suite_xmlio(void);
void	 suite_multipart(void);
void	 suite_deadline(void);
void	 suite_request(void);
void	 suite_workflow(void);
void	 suite_notice(void);
void	 suite_mail(void);
void	 suite_xslt(void);

/*
 * Records an assertion whose failure message names the case, so that a
 * failing row of a table says which row it was. CUnit copies the
 * message, so a stack buffer will do.
 */
static inline void check_at(int, unsigned int, const char *, const char *,
	    const char *, ...) __attribute__((format(printf, 5, 6)));

static inline void
check_at(int ok, unsigned int line, const char *file, const char *fn,
    const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (ok) {
		CU_assertImplementation(CU_TRUE, line, "", file, fn, CU_FALSE);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	CU_assertImplementation(CU_FALSE, line, msg, file, fn, CU_FALSE);
}

/* CHECK(condition, "printf-style description of the case", ...) */
#define CHECK(c, ...) \
	check_at((c) ? 1 : 0, __LINE__, __FILE__, __func__, __VA_ARGS__)

/* Adds a suite or dies: a broken registry is not a test result. */
#define SUITE_ADD(s, name, init, clean) do {				\
	if (((s) = CU_add_suite((name), (init), (clean))) == NULL) {	\
		fprintf(stderr, "CU_add_suite %s: %s\n", (name),	\
		    CU_get_error_msg());				\
		return;							\
	}								\
} while (0)

#define TEST_ADD(s, name, fn) do {					\
	if (CU_add_test((s), (name), (fn)) == NULL)			\
		fprintf(stderr, "CU_add_test %s: %s\n", (name),		\
		    CU_get_error_msg());				\
} while (0)

#endif
