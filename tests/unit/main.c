/* main: registers every unit suite, runs them and exits non-zero on any failure. */
#include <stdio.h>
#include <stdlib.h>

#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

#include "suites.h"

/*
 * The suites, in run order. The XSLT suite is last: its cleanup releases
 * libxml2's globals.
 */
static void (*const suites[])(void) = {
	suite_util,
	suite_crypto,
	suite_form,
	suite_http,
	suite_router,
	suite_xml,
	suite_checks,
	suite_answer,
	suite_xmlio,
	suite_multipart,
	suite_deadline,
	suite_request,
	suite_workflow,
	suite_notice,
	suite_mail,
	suite_csv,
	suite_xslt,
};

int
main(void)
{
	unsigned int failed_tests, failures;
	size_t i;
	int rc = 1;

	if (CU_initialize_registry() != CUE_SUCCESS) {
		fprintf(stderr, "CU_initialize_registry: %s\n",
		    CU_get_error_msg());
		return 1;
	}
	for (i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		suites[i]();
	if (CU_get_error() != CUE_SUCCESS) {
		fprintf(stderr, "registering the suites: %s\n",
		    CU_get_error_msg());
		goto out;
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	if (CU_basic_run_tests() != CUE_SUCCESS) {
		fprintf(stderr, "running the suites: %s\n",
		    CU_get_error_msg());
		goto out;
	}
	failed_tests = CU_get_number_of_tests_failed();
	failures = CU_get_number_of_failures();
	/* A suite whose init failed is not a pass either. */
	if (failed_tests == 0 && failures == 0 &&
	    CU_get_number_of_suites_failed() == 0)
		rc = 0;
out:
	CU_cleanup_registry();
	return rc;
}
