/* main: the integration suites against a running private stack (scripts/test.sh starts it). */
#include <stdio.h>
#include <stdlib.h>

#include <CUnit/Basic.h>
#include <curl/curl.h>
#include <libxml/parser.h>

#include "itest.h"

static int (*const suites[])(void) = {
	test_health_register,
	test_auth_register,
	test_csrf_register,
	test_badinput_register,
	test_admin_register,
	test_scope_register,
	test_grants_register,
	test_register_register,
	test_activity_register,
	test_xmlio_register,
	test_edit_register,
	test_due_register,
	test_history_register,
	test_upload_register,
	test_ticket_register,
	test_request_register,
	test_privacy_register,
	test_answer_register,
	test_mail_register,
	test_reports_register,
	test_perfreport_register,
};

int
main(void)
{
	unsigned int failed;
	size_t i;
	int rc;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		fprintf(stderr, "test-integration: cannot initialise "
		    "libcurl\n");
		return 1;
	}
	xmlInitParser();
	if (mysql_library_init(0, NULL, NULL) != 0) {
		fprintf(stderr, "test-integration: cannot initialise "
		    "libmariadb\n");
		return 1;
	}
	if (CU_initialize_registry() != CUE_SUCCESS) {
		fprintf(stderr, "test-integration: %s\n", CU_get_error_msg());
		return 1;
	}
	for (i = 0; i < NELEM(suites); i++) {
		if (suites[i]() == -1) {
			fprintf(stderr, "test-integration: registering a suite "
			    "failed: %s\n", CU_get_error_msg());
			CU_cleanup_registry();
			return 1;
		}
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	CU_basic_run_tests();
	failed = CU_get_number_of_failure_records();
	rc = CU_get_error() != CUE_SUCCESS || failed > 0 ||
	    CU_get_number_of_suites_failed() > 0;
	CU_cleanup_registry();
	it_db_close();
	mysql_library_end();
	xmlCleanupParser();
	curl_global_cleanup();
	return rc ? 1 : 0;
}
