/*
 * workbook_libs.h — libzip and libxlsxwriter, loaded the first time a
 * workbook is read or written (dlopen), not at every start: most runs
 * (check, and build over XML submissions) never touch a workbook, and the
 * two with their own libraries (libcrypto, libbz2, minizip) took 5 ms of
 * every start, a thirtieth of a nightly rebuild.
 *
 * The files that call them (import.c, xlsx.c, template.c, lke_sheet.c)
 * include this after <zip.h> and <xlsxwriter.h> and load the libraries
 * before their first call (workbook_libs_load); each function they name is
 * then a pointer filled at load, through the defines at the end.
 */
#ifndef LKJ_WORKBOOK_LIBS_H
#define LKJ_WORKBOOK_LIBS_H

#include <stddef.h>
#include <xlsxwriter.h>
#include <zip.h>

#define WORKBOOK_ZIP_FUNCTIONS(X)                                                                                    \
    X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror) X(zip_fclose)              \
    X(zip_file_replace) X(zip_file_set_mtime) X(zip_file_strerror) X(zip_fopen_index) X(zip_fread) X(zip_get_name)    \
    X(zip_get_num_entries) X(zip_name_locate) X(zip_open) X(zip_open_from_source) X(zip_set_file_compression)         \
    X(zip_source_buffer) X(zip_source_buffer_create) X(zip_source_free) X(zip_stat_index) X(zip_strerror)

#define WORKBOOK_XLSX_FUNCTIONS(X)                                                                                   \
    X(format_set_align) X(format_set_bg_color) X(format_set_bold) X(format_set_num_format) X(format_set_pattern)      \
    X(format_set_text_wrap) X(format_set_unlocked) X(lxw_strerror) X(workbook_add_format) X(workbook_add_worksheet)   \
    X(workbook_close) X(workbook_new_opt) X(workbook_set_properties) X(worksheet_data_validation_range)               \
    X(worksheet_freeze_panes) X(worksheet_hide) X(worksheet_protect) X(worksheet_set_column) X(worksheet_write_blank) \
    X(worksheet_write_number) X(worksheet_write_string)

#define WORKBOOK_POINTER(f) extern __typeof__(f) *workbook_lib_##f;
WORKBOOK_ZIP_FUNCTIONS(WORKBOOK_POINTER)
WORKBOOK_XLSX_FUNCTIONS(WORKBOOK_POINTER)
#undef WORKBOOK_POINTER

enum { WORKBOOK_ZIP = 1, WORKBOOK_XLSX = 2 };

/* Loads the libraries which names (WORKBOOK_ZIP | WORKBOOK_XLSX), once per
 * process from any thread: 0, or -1 with the loader's words in why (the
 * library missing or too old: a broken installation). */
int workbook_libs_load(unsigned which, char *why, size_t why_size);

#ifndef LKJ_WORKBOOK_LIBS_OWN
#define zip_close (*workbook_lib_zip_close)
#define zip_discard (*workbook_lib_zip_discard)
#define zip_error_fini (*workbook_lib_zip_error_fini)
#define zip_error_init (*workbook_lib_zip_error_init)
#define zip_error_strerror (*workbook_lib_zip_error_strerror)
#define zip_fclose (*workbook_lib_zip_fclose)
#define zip_file_replace (*workbook_lib_zip_file_replace)
#define zip_file_set_mtime (*workbook_lib_zip_file_set_mtime)
#define zip_file_strerror (*workbook_lib_zip_file_strerror)
#define zip_fopen_index (*workbook_lib_zip_fopen_index)
#define zip_fread (*workbook_lib_zip_fread)
#define zip_get_name (*workbook_lib_zip_get_name)
#define zip_get_num_entries (*workbook_lib_zip_get_num_entries)
#define zip_name_locate (*workbook_lib_zip_name_locate)
#define zip_open (*workbook_lib_zip_open)
#define zip_open_from_source (*workbook_lib_zip_open_from_source)
#define zip_set_file_compression (*workbook_lib_zip_set_file_compression)
#define zip_source_buffer (*workbook_lib_zip_source_buffer)
#define zip_source_buffer_create (*workbook_lib_zip_source_buffer_create)
#define zip_source_free (*workbook_lib_zip_source_free)
#define zip_stat_index (*workbook_lib_zip_stat_index)
#define zip_strerror (*workbook_lib_zip_strerror)
#define format_set_align (*workbook_lib_format_set_align)
#define format_set_bg_color (*workbook_lib_format_set_bg_color)
#define format_set_bold (*workbook_lib_format_set_bold)
#define format_set_num_format (*workbook_lib_format_set_num_format)
#define format_set_pattern (*workbook_lib_format_set_pattern)
#define format_set_text_wrap (*workbook_lib_format_set_text_wrap)
#define format_set_unlocked (*workbook_lib_format_set_unlocked)
#define lxw_strerror (*workbook_lib_lxw_strerror)
#define workbook_add_format (*workbook_lib_workbook_add_format)
#define workbook_add_worksheet (*workbook_lib_workbook_add_worksheet)
#define workbook_close (*workbook_lib_workbook_close)
#define workbook_new_opt (*workbook_lib_workbook_new_opt)
#define workbook_set_properties (*workbook_lib_workbook_set_properties)
#define worksheet_data_validation_range (*workbook_lib_worksheet_data_validation_range)
#define worksheet_freeze_panes (*workbook_lib_worksheet_freeze_panes)
#define worksheet_hide (*workbook_lib_worksheet_hide)
#define worksheet_protect (*workbook_lib_worksheet_protect)
#define worksheet_set_column (*workbook_lib_worksheet_set_column)
#define worksheet_write_blank (*workbook_lib_worksheet_write_blank)
#define worksheet_write_number (*workbook_lib_worksheet_write_number)
#define worksheet_write_string (*workbook_lib_worksheet_write_string)
#endif

#endif
