// libxlsxwriter, loaded only when a workbook is written: mapping it and libcrypto, libminizip
// and libz at start-up was a fifth of the start-up of a command that writes none.
// The wrappers have the library's own names and types (xlsxwriter.h is included, so the
// compiler checks each against it); each opens the library on first use, once.
// Without the library, workbook_new_opt gives NULL: the export fails as when no file can be made.
#include <dlfcn.h>
#include <pthread.h>
#include <xlsxwriter.h>
#include "lazy_wrappers.h"

#define XLSX_FUNCTIONS(FN, VOIDFN) \
    FN(lxw_chart_series *, NULL, chart_add_series, (lxw_chart *chart, const char *categories, const char *values), (chart, categories, values)) \
    VOIDFN(chart_axis_set_name, (lxw_chart_axis *axis, const char *name), (axis, name)) \
    VOIDFN(chart_series_set_categories, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row, last_col)) \
    VOIDFN(chart_series_set_name_range, (lxw_chart_series *series, const char *sheetname, lxw_row_t row, lxw_col_t col), (series, sheetname, row, col)) \
    VOIDFN(chart_series_set_values, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row, last_col)) \
    VOIDFN(chart_title_set_name, (lxw_chart *chart, const char *name), (chart, name)) \
    VOIDFN(format_set_bold, (lxw_format *format), (format)) \
    VOIDFN(format_set_font_name, (lxw_format *format, const char *font_name), (format, font_name)) \
    VOIDFN(format_set_num_format, (lxw_format *format, const char *num_format), (format, num_format)) \
    FN(char *, NULL, lxw_strerror, (lxw_error error_num), (error_num)) \
    FN(lxw_chart *, NULL, workbook_add_chart, (lxw_workbook *workbook, uint8_t chart_type), (workbook, chart_type)) \
    FN(lxw_format *, NULL, workbook_add_format, (lxw_workbook *workbook), (workbook)) \
    FN(lxw_worksheet *, NULL, workbook_add_worksheet, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, workbook_close, (lxw_workbook *workbook), (workbook)) \
    FN(lxw_workbook *, NULL, workbook_new_opt, (const char *filename, lxw_workbook_options *options), (filename, options)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, workbook_set_properties, (lxw_workbook *workbook, lxw_doc_properties *properties), (workbook, properties)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_autofilter, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (worksheet, first_row, first_col, last_row, last_col)) \
    VOIDFN(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_insert_chart, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart), (worksheet, row, col, chart)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_insert_chart_opt, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart, lxw_chart_options *user_options), (worksheet, row, col, chart, user_options)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_set_column, (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format), (worksheet, first_col, last_col, width, format)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_write_number, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format), (worksheet, row, col, number, format)) \
    FN(lxw_error, LXW_ERROR_CREATING_XLSX_FILE, worksheet_write_string, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format), (worksheet, row, col, string, format))

LAZY_LIBRARY(XLSX_FUNCTIONS, "libxlsxwriter.so.4", "libxlsxwriter.so")
