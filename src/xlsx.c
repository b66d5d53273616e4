/*
 * xlsx.c — pieces shared by the workbooks lkjip writes (xlsx.h).
 */
#include "xlsx.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "workbook_libs.h" /* last: it names the libraries' functions */

void xlsx_note(lxw_error *first, lxw_error e)
{
    if (e != LXW_NO_ERROR && *first == LXW_NO_ERROR)
        *first = e;
}

void xlsx_put_text(lxw_error *first, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    if (s && *s)
        xlsx_note(first, worksheet_write_string(ws, r, c, s, f));
    else
        xlsx_note(first, worksheet_write_blank(ws, r, c, f));
}

void xlsx_list_validation(lxw_error *first, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c1, lxw_col_t c2,
                          const char *const *codes, const char *title, const char *message)
{
    size_t chars = 0;
    for (size_t i = 0; codes[i]; i++)
        chars += strlen(codes[i]) + 1;
    if (chars > 255) /* Excel's limit on a list written inline */
        return;
    lxw_data_validation dv;
    memset(&dv, 0, sizeof dv);
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = (char **)codes;
    dv.error_title = (char *)title;
    dv.error_message = (char *)message;
    xlsx_note(first, worksheet_data_validation_range(ws, r, c1, r, c2, &dv));
}

lxw_format *xlsx_format(lxw_workbook *wb, int locked, const char *num_format, int bold, int wrap, lxw_color_t fill)
{
    lxw_format *f = workbook_add_format(wb);
    if (!f)
        return NULL;
    if (!locked)
        format_set_unlocked(f);
    if (num_format)
        format_set_num_format(f, num_format);
    if (bold)
        format_set_bold(f);
    if (wrap) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    if (fill) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, fill);
    }
    return f;
}

/* <workbookProtection lockStructure="1"/> where the schema wants it:
 * before bookViews (or sheets). 0, or -1. */
static int lock_book(xmlNodePtr root)
{
    for (xmlNodePtr n = root->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE &&
            (xmlStrEqual(n->name, BAD_CAST "bookViews") || xmlStrEqual(n->name, BAD_CAST "sheets"))) {
            xmlNodePtr p = xmlNewNode(root->ns, BAD_CAST "workbookProtection");
            if (!p || !xmlNewProp(p, BAD_CAST "lockStructure", BAD_CAST "1") || !xmlAddPrevSibling(n, p)) {
                xmlFreeNode(p);
                return -1;
            }
            return 0;
        }
    return -1;
}

int xlsx_make_very_hidden(const char *path, const char *sheet, int lock_structure, time_t when, const char **why)
{
    char missing[600];
    if (workbook_libs_load(WORKBOOK_ZIP, missing, sizeof missing) != 0) {
        *why = "libzip";
        return -1;
    }
    int err = 0;
    zip_t *z = zip_open(path, 0, &err);
    if (!z) {
        *why = "zip_open";
        return -1;
    }
    int rc = -1;
    char *part = NULL;
    xmlDocPtr doc = NULL;
    xmlChar *dumped = NULL;
    int dumped_len = 0;
    zip_stat_t st;
    zip_int64_t index = zip_name_locate(z, "xl/workbook.xml", 0);
    zip_file_t *f = NULL;
    *why = "xl/workbook.xml";
    if (index < 0 || zip_stat_index(z, (zip_uint64_t)index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size > 1 << 20 || !(part = malloc(st.size + 1)) || !(f = zip_fopen_index(z, (zip_uint64_t)index, 0)) ||
        zip_fread(f, part, st.size) != (zip_int64_t)st.size)
        goto done;
    doc = xmlReadMemory(part, (int)st.size, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    int found = 0;
    for (xmlNodePtr s = root ? root->children : NULL; s; s = s->next)
        if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, BAD_CAST "sheets"))
            for (xmlNodePtr sh = s->children; sh; sh = sh->next) {
                xmlChar *name = sh->type == XML_ELEMENT_NODE ? xmlGetProp(sh, BAD_CAST "name") : NULL;
                if (name && xmlStrEqual(name, BAD_CAST sheet)) {
                    xmlSetProp(sh, BAD_CAST "state", BAD_CAST "veryHidden");
                    found = 1;
                }
                xmlFree(name);
            }
    if (!found || (lock_structure && lock_book(root) != 0))
        goto done;
    xmlDocDumpMemoryEnc(doc, &dumped, &dumped_len, "UTF-8");
    if (!dumped)
        goto done;
    /* libzip frees the buffer it is given with free(): a copy of libxml2's */
    char *copy = malloc((size_t)dumped_len);
    zip_source_t *src = copy ? zip_source_buffer(z, memcpy(copy, dumped, (size_t)dumped_len), (zip_uint64_t)dumped_len, 1)
                             : NULL;
    if (!src) {
        free(copy);
        goto done;
    }
    if (zip_file_replace(z, (zip_uint64_t)index, src, 0) != 0) {
        zip_source_free(src);
        goto done;
    }
    if (zip_set_file_compression(z, (zip_uint64_t)index, ZIP_CM_DEFLATE, 9) != 0 ||
        zip_file_set_mtime(z, (zip_uint64_t)index, when, 0) != 0)
        goto done;
    rc = 0;
done:
    if (f)
        zip_fclose(f);
    xmlFree(dumped);
    xmlFreeDoc(doc);
    free(part);
    if (rc == 0) {
        *why = "zip_close";
        rc = zip_close(z) == 0 ? 0 : -1;
        if (rc != 0)
            zip_discard(z);
    } else {
        zip_discard(z);
    }
    return rc;
}
