/*
 * present_parts.h — how the present stage's files divide the document:
 * present_chapters.c the LKjIP's frame and chapters (cover, Daftar Isi,
 * Ikhtisar Eksekutif, Bab I, II, IV, Lampiran), present_results.c Bab III
 * (capaian kinerja and realisasi anggaran), present_pk.c the Perjanjian
 * Kinerja (its own document, and the LKjIP's appendix).
 */
#ifndef LKJ_PRESENT_PARTS_H
#define LKJ_PRESENT_PARTS_H

#include "present.h"

/* The whole LKjIP under the root p:dokumen: p:judul, p:sampul,
 * p:daftar-isi, the chapters. */
void present_lkjip_document(present *p, xmlNodePtr root);
/* Bab III Akuntabilitas Kinerja as a p:bagian jenis="bab" id="bab-3"
 * appended to root. */
void present_accountability(present *p, xmlNodePtr root);
/* The Perjanjian Kinerja as its own document under root. */
void present_pk_document(present *p, xmlNodePtr root);
/* The PK's body appended to parent, for the LKjIP's appendix: the kop (the
 * PK's title, the unit, the nomor), the statement with both parties, the
 * signatures, then the annex as a p:bagian id="pk-lampiran" (the target
 * and budget tables, the signatures again); without a PK, the kop and a
 * sentence saying so. parent gets peran="pk" when it has no peran. */
void present_pk_body(present *p, xmlNodePtr parent);

#endif
