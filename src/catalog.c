/*
 * catalog.c — the texts of every diagnostic, in Bahasa Indonesia and English.
 *
 * One entry per code: a title (for `lkjip explain` and docs/diagnostics.md),
 * the one-line message and hint templates ({1}.. are filled by the caller),
 * and the long explanation. docs/diagnostics.md is generated from this table
 * (`make docs`), so this file is the single source of the wording.
 */
#include "catalog.h"

#include <string.h>
#include <strings.h>

#define ID 0
#define EN 1

static const char *const codes[DIAG_COUNT] = {
#define DIAG_CODE(name, code, sev) [name] = code,
    DIAG_LIST(DIAG_CODE)
#undef DIAG_CODE
};

static const lkj_severity severities[DIAG_COUNT] = {
#define DIAG_SEV(name, code, sev) [name] = sev,
    DIAG_LIST(DIAG_SEV)
#undef DIAG_SEV
};

static const catalog_entry entries[DIAG_COUNT] = {
    [D_IO_READ] = {
        {"Berkas tidak dapat dibaca", "File cannot be read"},
        {"berkas tidak dapat dibaca: {1}", "cannot read the file: {1}"},
        {"periksa nama berkas dan hak aksesnya", "check the file name and its permissions"},
        {"lkjip tidak dapat membuka atau membaca berkas ini (tidak ada, tidak boleh dibaca, atau galat disk). "
         "Ini masalah sistem berkas, bukan isi submisi, sehingga kode keluarnya 3.",
         "lkjip could not open or read this file (missing, not readable, or a disk error). "
         "This is a file-system problem, not a problem of the submission's content, so the exit status is 3."}},
    [D_IO_TOO_BIG] = {
        {"Berkas terlalu besar", "File too large"},
        {"berkas lebih besar dari batas {1} MiB", "the file is larger than the limit of {1} MiB"},
        {"submisi wajar berukuran beberapa ratus KB; naikkan batas dengan --max-size bila berkas ini memang sah",
         "a normal submission is a few hundred KB; raise the limit with --max-size if this file is genuine"},
        {"Setiap masukan dibatasi ukurannya (bawaan 64 MiB) supaya satu berkas yang salah kirim tidak menghabiskan "
         "memori server. Batas ini berlaku untuk berkas dan untuk isinya setelah didekompresi.",
         "Every input has a size limit (64 MiB by default) so that one wrongly sent file cannot exhaust the "
         "server's memory. The limit applies to the file and to its content after decompression."}},
    [D_GZ_NOT_GZIP] = {
        {"Bukan berkas gzip", "Not a gzip file"},
        {"berkas bernama .gz tetapi isinya bukan data gzip", "the file is named .gz but does not contain gzip data"},
        {"kompres ulang dengan gzip, atau hapus akhiran .gz bila berkas ini XML biasa",
         "compress it again with gzip, or drop the .gz suffix if it is plain XML"},
        {"Nama berkas yang berakhiran .gz menjanjikan data gzip (diawali byte 1f 8b). Berkas ini tidak diawali "
         "tanda itu, jadi lkjip tidak menebak isinya.",
         "A file name ending in .gz promises gzip data (starting with the bytes 1f 8b). This file does not start "
         "with them, so lkjip does not guess what it holds."}},
    [D_GZ_TRUNCATED] = {
        {"Berkas gzip terpotong", "Truncated gzip file"},
        {"berkas gzip terpotong: data berakhir sebelum akhir aliran gzip",
         "truncated gzip file: the data ends before the end of the gzip stream"},
        {"kirim ulang berkas secara utuh; `gzip -t` memeriksa keutuhannya",
         "send the file again in full; `gzip -t` checks that it is complete"},
        {"Berkas gzip yang terpotong (misalnya unggahan yang terputus) bisa terbaca seolah-olah lengkap. "
         "lkjip memeriksa bahwa aliran gzip benar-benar selesai dan menolak berkas yang tidak selesai, "
         "supaya laporan tidak dibuat dari separuh data.",
         "A truncated gzip file (an interrupted upload, say) can read as if it were complete. lkjip checks that "
         "the gzip stream really ends and rejects a file that does not, so that no report is made from half "
         "the data."}},
    [D_GZ_TOO_BIG] = {
        {"Isi gzip terlalu besar", "Decompressed content too large"},
        {"isi berkas gzip melebihi {1} MiB setelah didekompresi",
         "the gzip file's content exceeds {1} MiB once decompressed"},
        {"berkas ini kemungkinan bom kompresi; naikkan --max-size hanya bila berkas ini memang sah",
         "this is probably a compression bomb; raise --max-size only if the file is genuine"},
        {"Berkas gzip kecil bisa mengembang menjadi gigabita. lkjip berhenti mendekompresi begitu batas "
         "ukuran tercapai dan menolak berkas itu.",
         "A small gzip file can expand to gigabytes. lkjip stops decompressing as soon as the size limit is "
         "reached and rejects the file."}},
    [D_EMPTY] = {
        {"Berkas kosong", "Empty file"},
        {"berkas kosong", "the file is empty"},
        {"berkas harus berisi dokumen <submisi> atau <profil>",
         "the file must hold a <submisi> or <profil> document"},
        {"Berkas tanpa isi (0 byte, atau hanya spasi) tidak dapat menjadi submisi.",
         "A file without content (0 bytes, or only white space) cannot be a submission."}},
    [D_NOT_REGULAR] = {
        {"Bukan berkas biasa", "Not a regular file"},
        {"{1} bukan berkas biasa maupun folder", "{1} is neither a regular file nor a folder"},
        {"beri lkjip berkas .xml, .xml.gz, folder, atau - untuk masukan standar",
         "give lkjip .xml or .xml.gz files, folders, or - for standard input"},
        {"lkjip hanya membaca berkas biasa dan folder; perangkat, soket dan pipa bernama dilewati.",
         "lkjip reads only regular files and folders; devices, sockets and named pipes are skipped."}},
    [D_NO_INPUT] = {
        {"Folder tanpa submisi", "Folder without submissions"},
        {"folder ini tidak berisi berkas *.xml atau *.xml.gz", "this folder holds no *.xml or *.xml.gz file"},
        {"periksa jalur folder yang diberikan", "check the folder path you gave"},
        {"lkjip menelusuri folder secara rekursif dan membaca berkas berakhiran .xml dan .xml.gz. Folder ini "
         "tidak memuat satu pun.",
         "lkjip walks folders recursively and reads files ending in .xml and .xml.gz. This folder holds none."}},
    [D_GZ_CORRUPT] = {
        {"Data gzip rusak", "Corrupt gzip data"},
        {"data gzip rusak: {1}", "corrupt gzip data: {1}"},
        {"kompres ulang berkas aslinya dan kirim lagi", "compress the original file again and resend it"},
        {"Aliran gzip berisi data yang tidak dapat didekompresi (checksum salah atau blok rusak).",
         "The gzip stream holds data that cannot be decompressed (a wrong checksum or a damaged block)."}},
    [D_IO_WRITE] = {
        {"Keluaran tidak dapat ditulis", "Output cannot be written"},
        {"keluaran tidak dapat ditulis: {1}", "cannot write the output: {1}"},
        {"periksa folder keluaran (-o), ruang disk dan hak tulisnya", "check the output folder (-o), disk space and write permission"},
        {"lkjip menyusun setiap build di folder sementara di samping folder keluaran (.NAMA.lkjip-new) lalu "
         "menukarnya dengan folder keluaran dalam satu langkah. Bila satu berkas saja gagal ditulis (disk "
         "penuh, galat I/O, tanpa hak tulis), tidak ada yang diterbitkan: folder keluaran tetap persis seperti "
         "sebelumnya dan folder sementara dihapus. Kode keluar 3.",
         "lkjip makes every build in a staging folder beside the output folder (.NAME.lkjip-new) and then "
         "exchanges it with the output folder in one step. When even one file cannot be written (a full disk, "
         "an I/O error, no write permission), nothing is published: the output folder stays exactly as it "
         "was and the staging folder is removed. Exit status 3."}},
    [D_OUT_NOT_OURS] = {
        {"Folder keluaran bukan milik lkjip", "Output folder is not lkjip's"},
        {"{1} berisi berkas lain dan bukan folder keluaran lkjip; tidak ada yang ditulis",
         "{1} holds other files and is not an lkjip output folder; nothing was written"},
        {"beri -o folder baru atau kosong, atau folder keluaran lkjip sebelumnya",
         "give -o a new or empty folder, or an earlier lkjip output folder"},
        {"Setiap build menggantikan seluruh isi folder keluaran dengan build baru (laporan unit yang sudah "
         "keluar dari ruang kerja ikut hilang). Agar tidak menghapus berkas orang lain, lkjip hanya menulis ke "
         "folder yang belum ada, kosong, atau bertanda .lkjip-output (dibuat lkjip sendiri). Jalur yang bukan "
         "folder juga ditolak. Kode keluar 3.",
         "Each build replaces everything in the output folder with the new build (reports of units that left "
         "the workspace go too). So as never to delete anybody else's files, lkjip writes only to a folder "
         "that does not exist yet, is empty, or carries .lkjip-output (made by lkjip itself). A path that is "
         "not a folder is refused too. Exit status 3."}},
    [D_LOCK] = {
        {"Kunci atau folder status tidak dapat dipakai", "Lock or state folder unusable"},
        {"{1} tidak dapat dipakai: {2}", "{1} cannot be used: {2}"},
        {"periksa folder status (--state) dan hak tulisnya; kunci harus berkas biasa, bukan tautan simbolik",
         "check the state folder (--state) and its write permission; the lock must be a regular file, not a symlink"},
        {"lkjip menyimpan kunci dan cache di folder status, bawaannya .NAMA.lkjip di samping folder keluaran "
         "NAMA (atau --state FOLDER). Kunci dibuka tanpa mengikuti tautan simbolik dan harus berkas biasa: "
         "tautan atau pipa bernama yang ditanam orang lain ditolak, bukan diikuti. Kode keluar 3.",
         "lkjip keeps its lock and cache in the state folder, by default .NAME.lkjip beside the output folder "
         "NAME (or --state DIR). The lock is opened without following symlinks and must be a regular file: a "
         "symlink or named pipe planted by someone else is refused, not followed. Exit status 3."}},
    [D_CACHE_UNUSED] = {
        {"Cache tidak dipakai", "Cache not used"},
        {"cache {1} tidak dipakai: {2}", "cache {1} not used: {2}"},
        {"periksa folder cache; berkas key di dalamnya harus milik pengguna ini dengan mode 0600",
         "check the cache folder; its key file must belong to this user with mode 0600"},
        {"Setiap entri cache ditandatangani (HMAC-SHA-256) dengan kunci rahasia di berkas key folder cache, "
         "dibuat lkjip dengan mode 0600. Bila kunci itu bukan milik pengguna yang menjalankan lkjip, dapat "
         "dibaca orang lain, atau folder tidak dapat dibuat, cache tidak dipakai: semua dibaca dan disusun "
         "ulang, hasilnya sama. Hapus folder cache untuk memulai baru.",
         "Every cache entry is signed (HMAC-SHA-256) with a secret key in the cache folder's key file, made "
         "by lkjip with mode 0600. When that key does not belong to the user running lkjip, is readable by "
         "others, or the folder cannot be made, the cache is not used: everything is read and rendered again, "
         "with the same result. Delete the cache folder to start afresh."}},
    [D_BUSY] = {
        {"Jalankan lain memegang kunci", "Another run holds the lock"},
        {"jalankan lkjip lain memegang kunci {1}; tidak ada yang dikerjakan",
         "another lkjip run holds the lock {1}; nothing was done"},
        {"tunggu jalankan itu selesai, atau pakai --wait", "let that run finish, or use --wait"},
        {"Dua build tidak pernah berjalan bersamaan atas folder keluaran yang sama. Jalankan yang menemukan "
         "kunci dipegang keluar dengan kode 4 tanpa mengubah apa pun, atau dengan --wait menunggu gilirannya.",
         "Two builds never run at once over the same output folder. A run that finds the lock held exits with "
         "status 4 without changing anything or, with --wait, waits its turn."}},
    [D_LETTERS_WRITE] = {
        {"Surat tidak dapat ditulis", "Letters cannot be written"},
        {"surat hasil pemeriksaan tidak dapat ditulis ke {1}: {2}", "the letters cannot be written to {1}: {2}"},
        {"beri --letters folder baru, kosong, atau folder surat lkjip sebelumnya; periksa ruang disk dan hak tulisnya",
         "give --letters a new or empty folder, or an earlier lkjip letters folder; check disk space and write permission"},
        {"Dengan --letters FOLDER, lkjip menulis surat \"Hasil Pemeriksaan Kiriman\" untuk setiap berkas dan rekapnya "
         "(index.html) ke folder sementara di samping FOLDER lalu menukarnya dengan FOLDER dalam satu langkah. Bila "
         "satu surat saja gagal ditulis (disk penuh, tanpa hak tulis, folder yang berisi berkas lain), tidak ada yang "
         "diterbitkan: surat sebelumnya tetap persis seperti semula. Dua jalankan tidak pernah menulis folder surat "
         "yang sama bersamaan (kunci .FOLDER.lkjip-lock di sampingnya). Kode keluar 3.",
         "With --letters DIR, lkjip writes a \"Hasil Pemeriksaan Kiriman\" letter for every file and their summary "
         "(index.html) into a staging folder beside DIR and then exchanges it with DIR in one step. When even one "
         "letter cannot be written (a full disk, no write permission, a folder holding other files), nothing is "
         "published: the previous letters stay exactly as they were. Two runs never write one letters folder at once "
         "(a lock, .DIR.lkjip-lock, beside it). Exit status 3."}},
    [D_GATE_UNRECORDED] = {
        {"Versi diterima tidak tercatat", "Accepted versions not recorded"},
        {"versi kiriman yang diterima tidak dapat dicatat di folder status {1}: {2}",
         "the accepted versions could not be recorded in the state folder {1}: {2}"},
        {"periksa ruang disk dan izin folder status; jalankan berikutnya memutuskan dari catatan sebelumnya",
         "check the disk space and permissions of the state folder; the next run decides from the earlier record"},
        {"Untuk setiap unit lkjip menyimpan kiriman terakhir yang diterima (lolos check dan penautan) di "
         "folder status (STATUS/accepted). Bila kiriman baru sebuah unit ditolak, laporan memakai versi itu "
         "dan menyebutnya. Catatan itu ditulis setelah laporan diterbitkan. Peringatan ini berarti catatan "
         "tidak dapat ditulis (disk penuh, izin), atau catatan yang ada tidak dibuat oleh lkjip (kuncinya "
         "tidak cocok) sehingga diabaikan. Laporan yang sudah diterbitkan tetap benar; jalankan berikutnya "
         "memakai catatan terakhir yang sah. Kode keluar tidak berubah.",
         "For every unit lkjip keeps the last submission it accepted (passed check and link) in the state "
         "folder (STATE/accepted). When a unit's new submission is rejected, the reports use that version and "
         "say so. The record is written after the reports are published. This warning means it could not be "
         "written (a full disk, permissions), or the record found was not made by lkjip (its key does not "
         "match) and is ignored. Reports already published stay right; the next run uses the last valid "
         "record. The exit status is unchanged."}},
    [D_STORE_IO] = {
        {"Berkas model sementara gagal", "Temporary model file failed"},
        {"berkas model sementara gagal: {1}", "the temporary model file failed: {1}"},
        {"periksa ruang disk di folder status (untuk check: TMPDIR), atau naikkan LKJIP_MODEL_MEMORY",
         "check the disk space in the state folder (for check: TMPDIR), or raise LKJIP_MODEL_MEMORY"},
        {"Pada ruang kerja besar lkjip menyimpan model yang sudah dibaca di luar batas memori "
         "(LKJIP_MODEL_MEMORY, bawaan 64 MB) ke berkas sementara tanpa nama, lalu membacanya kembali per "
         "bagian ruang kerja saat menautkan. Berkas itu gagal ditulis atau dibaca; tidak ada laporan yang "
         "ditulis separuh. Kode keluar 3.",
         "On a large workspace lkjip keeps the models it read beyond a memory budget (LKJIP_MODEL_MEMORY, "
         "64 MB by default) in a temporary file without a name, and reads them back one part of the "
         "workspace at a time when linking. That file could not be written or read; no report was left "
         "half-written. Exit status 3."}},
    [D_TOO_MANY] = {
        {"Diagnosis lain disembunyikan", "Further diagnostics suppressed"},
        {"{1} diagnosis lain untuk berkas ini tidak ditampilkan", "{1} more diagnostics for this file are not shown"},
        {"perbaiki yang di atas lalu periksa lagi", "fix the ones above and check again"},
        {"Setelah 100 diagnosis dalam satu berkas, lkjip hanya menghitung sisanya agar keluaran tetap terbaca.",
         "After 100 diagnostics in one file lkjip only counts the rest, to keep the output readable."}},
    [D_XML_SYNTAX] = {
        {"XML tidak well-formed", "XML not well-formed"},
        {"XML tidak well-formed: {1}", "XML is not well-formed: {1}"},
        {"{2}", "{2}"},
        {"Berkas bukan XML yang sah: tag tidak ditutup, tanda kutip atribut hilang, karakter < atau & yang "
         "tidak di-escape, dan sejenisnya. Posisi yang ditunjuk adalah tempat pengurai berhenti; kesalahan "
         "sebenarnya bisa sedikit sebelumnya.",
         "The file is not valid XML: an unclosed tag, a missing attribute quote, an unescaped < or &, and the "
         "like. The position given is where the parser stopped; the real mistake may be a little before it."}},
    [D_XML_ENCODING] = {
        {"Pengodean karakter tidak sah", "Invalid character encoding"},
        {"karakter atau pengodean tidak sah: {1}", "invalid character or encoding: {1}"},
        {"simpan berkas sebagai UTF-8; periksa teks hasil salin-tempel dari Word atau Excel",
         "save the file as UTF-8; check text pasted from Word or Excel"},
        {"Submisi harus UTF-8 (atau pengodean lain yang dideklarasikan di baris <?xml … encoding=…?>). "
         "Urutan byte yang tidak sah dalam pengodean itu ditolak, bukan ditebak.",
         "Submissions must be UTF-8 (or another encoding declared in the <?xml … encoding=…?> line). A byte "
         "sequence that is invalid in that encoding is rejected, not guessed."}},
    [D_XML_DOCTYPE] = {
        {"DOCTYPE tidak diizinkan", "DOCTYPE not allowed"},
        {"deklarasi DOCTYPE tidak diizinkan dalam submisi", "a DOCTYPE declaration is not allowed in a submission"},
        {"hapus baris <!DOCTYPE …>; submisi lkjip tidak memakai DTD maupun entitas",
         "delete the <!DOCTYPE …> line; lkjip submissions use no DTD and no entities"},
        {"DTD dan entitas adalah jalan serangan yang terkenal (membaca berkas lokal, koneksi jaringan, bom "
         "ekspansi entitas). Format lkjip tidak membutuhkannya, jadi lkjip berhenti membaca begitu bertemu "
         "<!DOCTYPE, sebelum satu entitas pun diproses.",
         "DTDs and entities are a well-known attack path (reading local files, network connections, entity "
         "expansion bombs). The lkjip format needs none of them, so lkjip stops reading as soon as it meets "
         "<!DOCTYPE, before any entity is processed."}},
    [D_XML_ENTITY] = {
        {"Referensi entitas tidak diizinkan", "Entity reference not allowed"},
        {"referensi entitas '&{1};' tidak diizinkan", "the entity reference '&{1};' is not allowed"},
        {"tulis karakternya langsung (UTF-8), atau pakai &amp; &lt; &gt; &quot; &apos;",
         "write the character itself (UTF-8), or use &amp; &lt; &gt; &quot; &apos;"},
        {"Hanya lima entitas bawaan XML (&amp; &lt; &gt; &quot; &apos;) dan referensi karakter (&#233;) yang "
         "diterima. Entitas HTML seperti &nbsp; tidak dikenal dalam XML.",
         "Only XML's five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references "
         "(&#233;) are accepted. HTML entities such as &nbsp; do not exist in XML."}},
    [D_XML_DEPTH] = {
        {"Elemen bersarang terlalu dalam", "Elements nested too deeply"},
        {"elemen bersarang terlalu dalam (lebih dari {1} tingkat)", "elements are nested too deeply (over {1} levels)"},
        {"submisi yang sah tidak lebih dari 12 tingkat; berkas ini kemungkinan rusak atau sengaja dibuat",
         "a valid submission is at most 12 levels deep; this file is probably damaged or crafted"},
        {"Batas kedalaman melindungi dari berkas yang sengaja dibuat untuk menghabiskan memori atau stack.",
         "The depth limit protects against files crafted to exhaust memory or the stack."}},
    [D_XML_XINCLUDE] = {
        {"XInclude tidak diizinkan", "XInclude not allowed"},
        {"elemen XInclude <{1}> tidak diizinkan", "the XInclude element <{1}> is not allowed"},
        {"tulis isinya langsung di berkas ini; lkjip tidak pernah membaca berkas lain dari dalam submisi",
         "write the content into this file; lkjip never reads other files from inside a submission"},
        {"XInclude dapat membuat pengurai membaca berkas lokal atau alamat jaringan. lkjip tidak memprosesnya "
         "dan menolak berkas yang memakainya.",
         "XInclude can make a parser read local files or network addresses. lkjip does not process it and "
         "rejects files that use it."}},
    [D_XML_HUGE] = {
        {"Teks terlalu panjang", "Text too long"},
        {"teks atau nilai atribut terlalu panjang (lebih dari 10.000.000 karakter)",
         "a text or attribute value is too long (over 10,000,000 characters)"},
        {"submisi yang sah tidak memuat teks sepanjang ini; berkas ini kemungkinan rusak",
         "a valid submission holds no text this long; the file is probably damaged"},
        {"Pengurai XML menolak satu simpul teks atau nilai atribut yang lebih dari 10 juta karakter, "
         "perlindungan terhadap berkas yang dibuat untuk menghabiskan memori.",
         "The XML parser rejects a single text node or attribute value over 10 million characters, a "
         "protection against files crafted to exhaust memory."}},
    [D_XML_NUL] = {
        {"Byte NUL dalam berkas", "NUL byte in the file"},
        {"berkas mengandung byte NUL", "the file contains a NUL byte"},
        {"berkas mungkin rusak, bukan teks, atau UTF-16 tanpa BOM; simpan ulang sebagai UTF-8",
         "the file may be damaged, not text, or UTF-16 without a byte order mark; save it again as UTF-8"},
        {"Byte bernilai 0 tidak pernah sah dalam dokumen XML. Posisi yang ditunjuk adalah byte NUL pertama.",
         "A byte of value 0 is never allowed in an XML document. The position given is the first NUL byte."}},
    [D_XML_NOT_LKJIP] = {
        {"Bukan dokumen lkjip", "Not an lkjip document"},
        {"bukan dokumen lkjip: elemen akar <{1}> {2}",
         "not an lkjip document: root element <{1}> {2}"},
        {"submisi dimulai dengan <submisi xmlns=\"urn:lkjip:submission:1\">, profil dengan <profil xmlns=\"urn:lkjip:workspace:1\">",
         "a submission starts with <submisi xmlns=\"urn:lkjip:submission:1\">, a profile with <profil xmlns=\"urn:lkjip:workspace:1\">"},
        {"lkjip mengenali dua jenis dokumen dari elemen akar dan namespace-nya: submisi "
         "(urn:lkjip:submission:1) dan profil ruang kerja (urn:lkjip:workspace:1). Namespace membawa versi "
         "format; versi lain memerlukan lkjip yang sesuai.",
         "lkjip recognises two kinds of document by their root element and namespace: submissions "
         "(urn:lkjip:submission:1) and workspace profiles (urn:lkjip:workspace:1). The namespace carries the "
         "format version; another version needs a matching lkjip."}},
    [D_XSD_MISSING_ELEMENT] = {
        {"Elemen wajib tidak ada", "Required element missing"},
        {"{1} tidak memiliki elemen wajib {2}", "{1} lacks the required element {2}"},
        {"tambahkan {2} di dalam {1} (urutan elemen: docs/format.md)",
         "add {2} inside {1} (element order: docs/format.md)"},
        {"Skema submisi mewajibkan elemen ini. Contoh: setiap <indikator> harus memiliki <nama> dan "
         "<satuan>, setiap <sub-kegiatan> memiliki <pagu>.",
         "The submission schema requires this element. For example, every <indikator> must have <nama> and "
         "<satuan>, every <sub-kegiatan> has a <pagu>."}},
    [D_XSD_UNEXPECTED] = {
        {"Elemen tidak diharapkan", "Unexpected element"},
        {"elemen <{1}> tidak diharapkan di sini, di dalam {2}", "the element <{1}> is not expected here, inside {2}"},
        {"{3}", "{3}"},
        {"Elemen ini salah eja, salah tempat, atau urutannya keliru. Format lkjip menetapkan urutan elemen "
         "(misalnya di dalam <indikator>: nama, satuan, definisi, sumber-data, rumus, baseline, target, "
         "target-akhir, target-pk, standar-nasional, realisasi, realisasi-lalu).",
         "The element is misspelt, misplaced or out of order. The lkjip format fixes the order of elements "
         "(inside <indikator>, for example: nama, satuan, definisi, sumber-data, rumus, baseline, target, "
         "target-akhir, target-pk, standar-nasional, realisasi, realisasi-lalu)."}},
    [D_XSD_MISSING_ATTR] = {
        {"Atribut wajib tidak ada", "Required attribute missing"},
        {"{1} tidak memiliki atribut wajib '{2}'", "{1} lacks the required attribute '{2}'"},
        {"tambahkan {2}=\"…\" pada {1}", "add {2}=\"…\" to {1}"},
        {"Beberapa atribut wajib ada, misalnya id, polaritas dan agregasi pada <indikator>, tahun pada "
         "<target>, ke pada <bulan>.",
         "Some attributes are required, for example id, polaritas and agregasi on <indikator>, tahun on "
         "<target>, ke on <bulan>."}},
    [D_XSD_UNKNOWN_ATTR] = {
        {"Atribut tidak dikenal", "Unknown attribute"},
        {"atribut '{2}' tidak dikenal pada {1}", "the attribute '{2}' is not allowed on {1}"},
        {"periksa ejaannya; atribut yang sah tercantum di docs/format.md",
         "check its spelling; the valid attributes are listed in docs/format.md"},
        {"Atribut ini tidak ada dalam format untuk elemen tersebut, sering karena salah eja "
         "(misalnya 'polaritass') atau atribut dari elemen lain.",
         "The format has no such attribute on this element, often through a misspelling (say "
         "'polaritass') or an attribute that belongs to another element."}},
    [D_XSD_BAD_VALUE] = {
        {"Nilai tidak sah", "Invalid value"},
        {"nilai '{3}' pada {1} bukan {2}", "the value '{3}' of {1} is not {2}"},
        {"{4}", "{4}"},
        {"Nilai tidak cocok dengan tipenya: angka ditulis dengan titik desimal (2.5, bukan 2,5) tanpa pemisah "
         "ribuan, tahun empat digit, tanggal YYYY-MM-DD.",
         "The value does not fit its type: numbers use a decimal point (2.5, not 2,5) and no thousands "
         "separator, years have four digits, dates are YYYY-MM-DD."}},
    [D_XSD_ENUM] = {
        {"Nilai di luar pilihan", "Value not among the choices"},
        {"nilai '{3}' pada {1} tidak dikenal", "the value '{3}' of {1} is not recognised"},
        {"pilihan yang sah: {2}", "valid choices: {2}"},
        {"Atribut ini hanya menerima nilai dari daftar tetap (misalnya polaritas: positif, negatif, rentang).",
         "This attribute accepts only values from a fixed list (for example polaritas: positif, negatif, "
         "rentang)."}},
    [D_XSD_PATTERN] = {
        {"Format nilai salah", "Value has the wrong shape"},
        {"nilai '{3}' pada {1} tidak sesuai format {2}", "the value '{3}' of {1} does not have the shape of {2}"},
        {"{4}", "{4}"},
        {"Kode dan nomor memiliki bentuk tetap: kode program U.BB.PP (1.02.02), kegiatan U.BB.PP.K.KK "
         "(1.02.02.2.01), sub kegiatan U.BB.PP.K.KK.SSSS (1.02.02.2.01.0001), NIP 18 digit, id diawali huruf.",
         "Codes and numbers have fixed shapes: program U.BB.PP (1.02.02), kegiatan U.BB.PP.K.KK "
         "(1.02.02.2.01), sub kegiatan U.BB.PP.K.KK.SSSS (1.02.02.2.01.0001), NIP 18 digits, ids start with "
         "a letter."}},
    [D_XSD_DUPLICATE] = {
        {"Dipakai lebih dari sekali", "Used more than once"},
        {"{2} '{3}' dipakai lebih dari sekali dalam berkas ini", "the {2} '{3}' is used more than once in this file"},
        {"setiap {2} harus unik; yang pertama ada di baris {4}", "every {2} must be unique; the first is on line {4}"},
        {"Id (tujuan, sasaran, indikator, misi, skala), kode program/kegiatan/sub kegiatan, versi PK dan "
         "bab narasi harus unik dalam satu berkas, karena tahap berikutnya merujuknya.",
         "Ids (tujuan, sasaran, indikator, misi, skala), program/kegiatan/sub kegiatan codes, PK versions "
         "and narrative chapters must be unique within a file, because later stages refer to them."}},
    [D_XSD_DANGLING] = {
        {"Rujukan tidak ditemukan", "Reference not found"},
        {"{1} merujuk {2} '{3}' yang tidak ada di berkas ini", "{1} refers to the {2} '{3}', which this file does not have"},
        {"periksa ejaan id, atau tambahkan {2} tersebut", "check the id's spelling, or add that {2}"},
        {"Rujukan di dalam satu berkas harus menemukan sasarannya: program mendukung sasaran berkas ini, "
         "indikator memakai skala yang dideklarasikan, target-pk merujuk versi PK yang ada, tujuan merujuk misi.",
         "References inside one file must find their target: a program supports a sasaran of this file, an "
         "indikator uses a declared skala, a target-pk names an existing PK version, a tujuan names a misi."}},
    [D_XSD_TEXT] = {
        {"Teks tidak diizinkan", "Text not allowed"},
        {"{1} tidak boleh berisi teks langsung", "{1} must not contain text directly"},
        {"{2}", "{2}"},
        {"Elemen ini hanya berisi elemen lain; teks di antaranya tidak punya arti dalam format.",
         "This element holds only other elements; text between them has no meaning in the format."}},
    [D_XSD_RANGE] = {
        {"Nilai di luar rentang", "Value out of range"},
        {"nilai '{3}' pada {1} di luar rentang {2}", "the value '{3}' of {1} is outside the range {2}"},
        {"{4}", "{4}"},
        {"Bulan, triwulan, tahun dan pagu memiliki rentang yang sah; nilai di luar itu pasti salah ketik.",
         "Months, quarters, years and budgets have a valid range; a value outside it is a typing mistake."}},
    [D_XSD_EMPTY_TEXT] = {
        {"Teks kosong", "Empty text"},
        {"{1} kosong", "{1} is empty"},
        {"isi teksnya, atau hapus elemen ini bila opsional", "fill in the text, or leave the element out if it is optional"},
        {"Elemen teks seperti <nama>, <satuan> dan <uraian> tidak boleh kosong atau hanya spasi.",
         "Text elements such as <nama>, <satuan> and <uraian> must not be empty or only white space."}},
    [D_XSD_LONG_TEXT] = {
        {"Teks terlalu panjang", "Text too long"},
        {"{1} lebih dari 4000 karakter", "{1} is longer than 4000 characters"},
        {"pecah uraian panjang menjadi beberapa paragraf <p> dalam <narasi>",
         "split long prose into several <p> paragraphs inside <narasi>"},
        {"Nama, uraian dan atribut teks dibatasi 4000 karakter; narasi panjang ditulis sebagai paragraf.",
         "Names, descriptions and text attributes are limited to 4000 characters; long prose is written as "
         "paragraphs."}},
    [D_XSD_OTHER] = {
        {"Pelanggaran skema lain", "Other schema violation"},
        {"pelanggaran skema: {1}", "schema violation: {1}"},
        {"bandingkan bagian ini dengan docs/format.md", "compare this part with docs/format.md"},
        {"Pelanggaran skema yang tidak termasuk kode lain. Pesan aslinya dari validator disertakan.",
         "A schema violation not covered by another code. The validator's original message is included."}},
    [D_RULE_KEGIATAN_CODE] = {
        {"Kode kegiatan tidak sesuai program", "Kegiatan code does not match its program"},
        {"kode kegiatan {1} tidak diawali kode programnya {2}", "the kegiatan code {1} does not start with its program's code {2}"},
        {"kegiatan di bawah program {2} berkode {2}.K.KK", "a kegiatan under program {2} is coded {2}.K.KK"},
        {"Menurut Permendagri 90/2019 kode kegiatan adalah kode program ditambah K.KK. Kegiatan yang kodenya "
         "tidak diawali kode program induknya diletakkan di program yang salah, atau kodenya salah ketik.",
         "Under Permendagri 90/2019 a kegiatan code is its program's code followed by K.KK. A kegiatan whose "
         "code does not start with its parent program's code sits under the wrong program or is mistyped."}},
    [D_RULE_SUB_CODE] = {
        {"Kode sub kegiatan tidak sesuai kegiatan", "Sub kegiatan code does not match its kegiatan"},
        {"kode sub kegiatan {1} tidak diawali kode kegiatannya {2}", "the sub kegiatan code {1} does not start with its kegiatan's code {2}"},
        {"sub kegiatan di bawah kegiatan {2} berkode {2}.SSSS", "a sub kegiatan under kegiatan {2} is coded {2}.SSSS"},
        {"Kode sub kegiatan adalah kode kegiatan ditambah empat digit.",
         "A sub kegiatan code is its kegiatan's code followed by four digits."}},
    [D_RULE_UNIT_CODE] = {
        {"Kode unit tidak sesuai tingkatnya", "Unit code does not fit its level"},
        {"kode unit '{1}' tidak sesuai tingkat {2}", "the unit code '{1}' does not fit the level {2}"},
        {"bentuk yang benar: {3}", "the right shape: {3}"},
        {"Provinsi memakai kode wilayah Kemendagri dua digit (33), kabupaten/kota empat digit (33.01), "
         "perangkat daerah kode Permendagri 90/2019 U.BB.U.BB.U.BB.NN.NNNN (1.02.0.00.0.00.01.0000).",
         "A provinsi uses the two-digit Kemendagri region code (33), a kabupaten/kota four digits (33.01), an "
         "OPD the Permendagri 90/2019 code U.BB.U.BB.U.BB.NN.NNNN (1.02.0.00.0.00.01.0000)."}},
    [D_RULE_NIP] = {
        {"NIP tidak sah", "Invalid NIP"},
        {"NIP {1} tidak sah: {2}", "NIP {1} is invalid: {2}"},
        {"NIP PNS: tanggal lahir 8 + TMT 6 + jenis kelamin 1 + urut 3; PPPK: tanggal lahir 8 + tahun 4 + kode 2 + jenis kelamin 1 + urut 3",
         "a PNS NIP is birth date 8 + appointment 6 + sex 1 + sequence 3; PPPK: birth date 8 + year 4 + code 2 + sex 1 + sequence 3"},
        {"NIP memuat tanggal lahir (YYYYMMDD), tahun(-bulan) pengangkatan, digit jenis kelamin (1 atau 2) dan "
         "nomor urut. lkjip memeriksa bahwa tanggal lahir ada di kalender, pengangkatan sesudah umur 15 tahun, "
         "dan digit jenis kelamin 1 atau 2.",
         "A NIP holds the birth date (YYYYMMDD), the appointment year(-month), a sex digit (1 or 2) and a "
         "sequence number. lkjip checks that the birth date exists, that the appointment comes after age 15, "
         "and that the sex digit is 1 or 2."}},
    [D_RULE_YEAR_PERIOD] = {
        {"Tahun laporan di luar periode rencana", "Reporting year outside the plan period"},
        {"tahun laporan {1} di luar periode rencana {2}–{3}", "the reporting year {1} is outside the plan period {2}–{3}"},
        {"periksa atribut tahun pada <submisi> dan awal/akhir pada <periode-rencana>",
         "check tahun on <submisi> and awal/akhir on <periode-rencana>"},
        {"Submisi melaporkan satu tahun dari rencana lima tahunan (RPJMD/Renstra); tahun itu harus berada di "
         "dalam periode rencana, dan awal tidak boleh sesudah akhir.",
         "A submission reports one year of a five-year plan (RPJMD/Renstra); that year must lie inside the "
         "plan period, and awal must not come after akhir."}},
    [D_RULE_TARGET_YEAR] = {
        {"Target di luar periode rencana", "Target outside the plan period"},
        {"target tahun {1} pada indikator '{2}' di luar periode rencana {3}–{4}",
         "the target for {1} of indikator '{2}' is outside the plan period {3}–{4}"},
        {"hapus target itu atau perbaiki tahunnya", "remove that target or correct its year"},
        {"Target tahunan hanya untuk tahun-tahun periode rencana. Target tahun lain biasanya salah ketik atau "
         "sisa dokumen periode sebelumnya.",
         "Annual targets exist only for the years of the plan period. A target for another year is usually a "
         "typing mistake or left over from the previous plan."}},
    [D_RULE_REAL_YEAR] = {
        {"Tahun realisasi tidak sesuai", "Realisasi year does not fit"},
        {"{1} tahun {2} pada indikator '{3}' tidak sesuai tahun laporan {4}",
         "{1} for {2} of indikator '{3}' does not fit the reporting year {4}"},
        {"<realisasi> untuk tahun laporan; <realisasi-lalu> dan <baseline> untuk tahun sebelumnya",
         "<realisasi> is for the reporting year; <realisasi-lalu> and <baseline> for earlier years"},
        {"Realisasi tahun berjalan tercatat di <realisasi> (tahunnya sama dengan tahun laporan); tahun-tahun "
         "sebelumnya di <realisasi-lalu>, dan <baseline> sebelum tahun laporan.",
         "This year's realisasi goes in <realisasi> (its year equals the reporting year); earlier years in "
         "<realisasi-lalu>, and <baseline> lies before the reporting year."}},
    [D_RULE_NO_TARGET] = {
        {"Target tahun laporan tidak ada", "No target for the reporting year"},
        {"indikator '{1}' tidak memiliki target untuk tahun laporan {2}",
         "indikator '{1}' has no target for the reporting year {2}"},
        {"tambahkan <target tahun=\"{2}\" …/> atau <target-pk …/>", "add <target tahun=\"{2}\" …/> or <target-pk …/>"},
        {"Capaian kinerja = realisasi dibanding target. Tanpa target tahun laporan (tahunan atau PK), capaian "
         "indikator ini tidak dapat dihitung. Komponen indikator komposit (id yang disebut <rumus> indikator lain "
         "dalam berkas yang sama, misalnya UHH, HLS, RLS untuk IPM) tidak memerlukan target: nilainya masuk ke "
         "rumus, dan capaiannya sendiri tidak diukur.",
         "Capaian compares realisasi with the target. Without a target for the reporting year (annual or PK), "
         "this indicator's capaian cannot be computed. A component of a composite indicator (an id that another "
         "indicator's <rumus> in the same file names, such as UHH, HLS, RLS for IPM) needs no target: its value "
         "goes into the formula, and no capaian of its own is measured."}},
    [D_RULE_DUP_PERIOD] = {
        {"Periode ganda", "Period given twice"},
        {"{1} muncul lebih dari sekali pada {2}", "{1} appears more than once in {2}"},
        {"hapus salah satunya; yang pertama ada di baris {3}", "remove one of them; the first is on line {3}"},
        {"Setiap bulan, triwulan, tahun target atau versi PK hanya boleh dicatat sekali per indikator; dua "
         "nilai untuk periode yang sama membuat hasil perhitungan bergantung pada urutan.",
         "Each month, quarter, target year or PK version may be given once per indicator; two values for the "
         "same period would make the result depend on their order."}},
    [D_RULE_TARGET_KIND] = {
        {"Jenis nilai target tidak jelas", "Target value kind unclear"},
        {"{1} harus berisi tepat satu jenis nilai; ditemukan {2}", "{1} must hold exactly one kind of value; found {2}"},
        {"pakai salah satu: nilai=\"…\", bawah=\"…\" atas=\"…\", predikat=\"…\", atau teks=\"…\"",
         "use one of: nilai=\"…\", bawah=\"…\" atas=\"…\", predikat=\"…\", or teks=\"…\""},
        {"Target bertipe: angka (nilai), rentang (bawah dan atas), predikat pada skala (predikat), atau teks "
         "bebas (teks, dilaporkan tetapi tidak dihitung). Tepat satu jenis per target.",
         "Targets are typed: a number (nilai), a range (bawah and atas), a grade on a scale (predikat), or free "
         "text (teks, reported but never computed). Exactly one kind per target."}},
    [D_RULE_REAL_KIND] = {
        {"Jenis nilai realisasi tidak jelas", "Realisasi value kind unclear"},
        {"{1} harus berisi tepat satu jenis nilai; ditemukan {2}", "{1} must hold exactly one kind of value; found {2}"},
        {"pakai salah satu: nilai=\"…\", pembilang=\"…\" penyebut=\"…\" (pengali), predikat=\"…\", atau teks=\"…\"",
         "use one of: nilai=\"…\", pembilang=\"…\" penyebut=\"…\" (pengali), predikat=\"…\", or teks=\"…\""},
        {"Realisasi berupa angka (nilai), rasio (pembilang dan penyebut, dengan pengali opsional, misalnya "
         "kematian / kelahiran hidup × 1000), predikat, atau teks. Pengali hanya berlaku untuk rasio; "
         "pembilang dan penyebut tidak boleh negatif.",
         "Realisasi is a number (nilai), a ratio (pembilang and penyebut, with an optional pengali, e.g. "
         "deaths / live births × 1000), a grade (predikat), or text. pengali applies only to ratios; numerator "
         "and denominator must not be negative."}},
    [D_RULE_GRADE] = {
        {"Predikat tidak ada pada skala", "Grade not on the scale"},
        {"predikat '{1}' pada indikator '{2}' {3}", "the grade '{1}' of indikator '{2}' {3}"},
        {"deklarasikan <skala> dan rujuk dengan skala=\"…\" pada indikator; pakai kode tingkat skala itu",
         "declare a <skala> and name it with skala=\"…\" on the indikator; use that scale's codes"},
        {"Target atau realisasi kualitatif (misalnya opini BPK WTP) dibandingkan lewat nilai angka pada skala "
         "yang dideklarasikan. Predikat yang tidak ada pada skala indikatornya tidak dapat dibandingkan.",
         "Qualitative targets or realisasi (such as the BPK opinion WTP) compare through their numeric value on "
         "a declared scale. A grade missing from the indikator's scale cannot be compared."}},
    [D_RULE_RANGE_NEEDED] = {
        {"Indikator rentang tanpa target rentang", "Range indicator without a range target"},
        {"indikator '{1}' berpolaritas rentang tetapi target tahun {2} bukan rentang",
         "indikator '{1}' has polaritas rentang but its target for {2} is not a range"},
        {"tulis targetnya sebagai bawah=\"…\" atas=\"…\"", "write its target as bawah=\"…\" atas=\"…\""},
        {"Polaritas rentang berarti nilai di dalam rentang target paling baik (misalnya inflasi 2–4 %). "
         "Target angka tunggal tidak cocok dengan polaritas ini.",
         "Polarity rentang means a value inside the target range is best (inflation 2–4 %, say). A single "
         "number target does not fit it."}},
    [D_RULE_KIND_MISMATCH] = {
        {"Jenis target dan realisasi berbeda", "Target and realisasi kinds differ"},
        {"indikator '{1}' memiliki target {2} tetapi realisasi {3}", "indikator '{1}' has a {2} target but a {3} realisasi"},
        {"target angka dengan realisasi angka/rasio, target predikat dengan realisasi predikat",
         "number targets take number or ratio realisasi, grade targets take grade realisasi"},
        {"Capaian hanya dapat dihitung bila target dan realisasi sejenis: angka (atau rentang) dengan angka "
         "atau rasio, predikat dengan predikat. Target teks boleh dengan realisasi apa pun.",
         "Capaian can only be computed when target and realisasi are of one kind: numbers (or ranges) with "
         "numbers or ratios, grades with grades. Text targets go with any realisasi."}},
    [D_RULE_OVER_PAGU] = {
        {"Realisasi anggaran melebihi pagu", "Spending above the budget ceiling"},
        {"realisasi anggaran sub kegiatan {1} (Rp{2}) melebihi pagunya (Rp{3})",
         "spending on sub kegiatan {1} (Rp{2}) exceeds its ceiling (Rp{3})"},
        {"periksa angka bulanan: nilai per bulan adalah belanja bulan itu, bukan kumulatif",
         "check the monthly amounts: each month holds that month's spending, not a running total"},
        {"Jumlah realisasi anggaran bulanan tidak lazim melebihi pagu. Penyebab tersering: angka kumulatif "
         "diisi sebagai angka bulanan.",
         "Monthly spending rarely adds up to more than the ceiling. The usual cause: running totals entered "
         "as monthly amounts."}},
    [D_RULE_PK_DATE] = {
        {"Tanggal PK di luar tahun laporan", "PK date outside the reporting year"},
        {"perjanjian kinerja versi {1} bertanggal {2}, di luar tahun laporan {3}",
         "the perjanjian kinerja version {1} is dated {2}, outside the reporting year {3}"},
        {"PK ditandatangani pada awal tahun laporan (atau akhir tahun sebelumnya)",
         "a PK is signed early in the reporting year (or late in the year before)"},
        {"Perjanjian kinerja disepakati untuk satu tahun anggaran. Tanggal di luar tahun itu (atau tahun "
         "sebelumnya) biasanya tersalin dari PK lama.",
         "A perjanjian kinerja covers one fiscal year. A date outside that year (or the year before) is "
         "usually copied from an old PK."}},
    [D_RULE_PARENT] = {
        {"Induk unit tidak sesuai", "Unit parent does not fit"},
        {"unit '{1}' tingkat {2} {3}", "unit '{1}' of level {2} {3}"},
        {"perangkat daerah menyebut pemdanya dengan induk=\"…\"; provinsi tidak memiliki induk",
         "an OPD names its pemda with induk=\"…\"; a provinsi has no parent"},
        {"Cascading bergantung pada induk: setiap perangkat daerah menyebut pemda induknya, kabupaten/kota "
         "boleh menyebut provinsinya, dan provinsi adalah puncak.",
         "The cascade depends on the parent: every OPD names its pemda, a kabupaten/kota may name its "
         "provinsi, and a provinsi is the top."}},
    [D_RULE_HEAD_NIP] = {
        {"Kepala perangkat daerah tanpa NIP", "OPD head without NIP"},
        {"kepala perangkat daerah '{1}' tidak memiliki NIP", "the head of the OPD, '{1}', has no NIP"},
        {"tambahkan <nip> setelah <jabatan>; NIP tercetak di lembar PK", "add <nip> after <jabatan>; the NIP is printed on the PK"},
        {"Kepala perangkat daerah adalah ASN dan NIP-nya dicantumkan pada perjanjian kinerja. Hanya kepala "
         "daerah (bupati, wali kota, gubernur) yang tidak memiliki NIP.",
         "An OPD head is a civil servant whose NIP appears on the perjanjian kinerja. Only elected heads "
         "(bupati, wali kota, gubernur) have none."}},
    [D_RULE_RANGE_ORDER] = {
        {"Batas rentang terbalik", "Range bounds reversed"},
        {"{1}: bawah {2} lebih besar dari atas {3}", "{1}: bawah {2} is greater than atas {3}"},
        {"tukar kedua nilai", "swap the two values"},
        {"Rentang target ditulis dengan batas bawah lebih kecil atau sama dengan batas atas.",
         "A target range is written with the lower bound at most the upper bound."}},
    [D_RULE_PERIOD_REVERSED] = {
        {"Periode rencana terbalik", "Plan period reversed"},
        {"periode rencana {1}–{2} terbalik: awal sesudah akhir", "the plan period {1}–{2} is reversed: awal comes after akhir"},
        {"periksa atribut tahun pada <submisi> dan awal/akhir pada <periode-rencana>",
         "check tahun on <submisi> and awal/akhir on <periode-rencana>"},
        {"Periode rencana (RPJMD/Renstra) ditulis dengan tahun awal lalu tahun akhir; awal sesudah akhir "
         "biasanya berarti kedua tahun tertukar.",
         "A plan period (RPJMD/Renstra) is written with its first year, then its last; awal after akhir "
         "usually means the two years were swapped."}},
    [D_RULE_BANDS] = {
        {"Skala kategori tidak teratur", "Category scale out of order"},
        {"skala kategori: {1}", "category scale: {1}"},
        {"urutkan kategori dari batas bawah tertinggi; kategori terakhir tanpa min menampung sisanya",
         "order the bands from the highest lower bound; the last band, without min, takes the rest"},
        {"Kategori capaian dicari dari atas ke bawah: kategori pertama yang min-nya terlampaui. Karena itu "
         "min harus menurun dan tepat satu kategori terakhir tanpa min.",
         "A capaian's category is the first band whose min it reaches, from the top. So the mins must "
         "decrease and exactly one last band has no min."}},
    [D_RULE_THOUSANDS] = {
        {"Titik ribuan atau titik desimal?", "Thousands dot or decimal point?"},
        {"{1} '{2}' pada {3} dapat dibaca {4} atau {5} (titik pemisah ribuan); lkjip membacanya {4}",
         "the {1} '{2}' of {3} reads as {4} or as {5} (a dot as thousands separator); lkjip reads {4}"},
        {"tulis {6} bila maksudnya {5}; bila maksudnya {4}, tulis {7}{8}",
         "write {6} if you mean {5}; if you mean {4}, write {7}{8}"},
        {"Dalam tulisan Indonesia titik memisahkan ribuan (185.000 = seratus delapan puluh lima ribu), "
         "sedangkan dalam submisi titik adalah tanda desimal, sehingga lkjip membaca 185.000 sebagai 185. "
         "Angka dengan satu sampai tiga digit, titik, lalu tepat tiga digit (185.000, 1.250, 12.500) dapat "
         "dibaca dua cara; angka lain (0.125, 185.0001, 1850.000) tidak. Peringatan ini berlaku untuk setiap "
         "angka submisi: nilai, bawah, atas, pembilang, penyebut, pengali, bobot, pagu dan realisasi anggaran. "
         "Indikator yang nilainya memang ditulis dengan tiga desimal menyatakannya dengan desimal=\"3\" pada "
         "<indikator>; angka di dalam indikator itu tidak diperingatkan lagi.",
         "Indonesian writing separates thousands with a dot (185.000 = a hundred and eighty-five thousand), "
         "while in a submission the dot is the decimal point, so lkjip reads 185.000 as 185. A number of one "
         "to three digits, a dot and exactly three digits (185.000, 1.250, 12.500) reads both ways; other "
         "numbers (0.125, 185.0001, 1850.000) do not. The warning covers every number of a submission: nilai, "
         "bawah, atas, pembilang, penyebut, pengali, bobot, pagu and realisasi anggaran. An indicator whose "
         "values really are written with three decimals says so with desimal=\"3\" on <indikator>; the "
         "numbers inside it are then not warned about."}},
    [D_RULE_THOUSANDFOLD] = {
        {"Nilai sekitar seribu kali nilai lain tahun yang sama", "A value about a thousand times another of the same year"},
        {"indikator '{1}', tahun {2}: {3} ({4}) sekitar {5} kali {6} {7} ({8})",
         "indikator '{1}', {2}: the {3} ({4}) is about {5} times {6} the {7} ({8})"},
        {"periksa satuan dan jumlah nol keduanya: titik pemisah ribuan (185.000 dibaca 185), satuan yang "
         "berbeda (ribu, juta, persen, per 1.000 atau per 100.000), atau pengali rasio yang salah",
         "check the unit and the zeros of both: a thousands dot (185.000 reads as 185), a different unit "
         "(thousands, millions, percent, per 1,000 or per 100,000), or a wrong ratio multiplier (pengali)"},
        {"Target Renstra/RPJMD, target PK dan realisasi satu tahun mengukur hal yang sama dalam satuan yang "
         "sama, sehingga lazimnya berdekatan. Bila yang satu 500 sampai 2000 kali yang lain, hampir pasti tiga "
         "nol hilang atau berlebih: titik ribuan yang terbaca sebagai titik desimal, satuan ribu atau juta di "
         "satu tempat dan satuan penuh di tempat lain, atau pengali rasio 100 untuk per 100.000. Yang "
         "dibandingkan, per tahun: target, target PK (tahun laporan, setiap versi), baseline, realisasi-lalu, "
         "dan realisasi tahun laporan setelah periode terakhirnya (Desember, triwulan IV atau tahunan) "
         "dilaporkan, digabung menurut agregasi indikator. Angka nol dan angka berlawanan tanda tidak "
         "dibandingkan. Peringatan menunjuk nilai yang berselisih dengan paling banyak nilai lain; bila "
         "seimbang, yang lebih dulu ditulis.",
         "The Renstra/RPJMD target, the PK target and the realisasi of a year measure the same thing in the "
         "same unit, so they are usually close. When one is 500 to 2000 times another, three zeros are almost "
         "certainly missing or extra: a thousands dot read as a decimal point, thousands or millions in one "
         "place and plain units in another, or a ratio multiplier of 100 for per 100,000. Compared, year by "
         "year: the target, the PK target (the reporting year, every version), baseline, realisasi-lalu, and "
         "the reporting year's realisasi once its last period (December, quarter IV or the annual value) is "
         "in, combined by the indicator's agregasi. Zeros and numbers of opposite sign are not compared. The "
         "warning points at the value that disagrees with the most others; on a tie, the one written first."}},
    [D_RULE_RUPIAH_EXACT] = {
        {"Jumlah rupiah di luar batas hitung tepat", "Rupiah amount beyond exact arithmetic"},
        {"{1} ({2}) melebihi Rp9.007.199.254.740.992 (2^53): lkjip tidak dapat menghitung jumlah ini dengan tepat",
         "{1} ({2}) exceeds Rp9.007.199.254.740.992 (2^53): lkjip cannot compute this amount exactly"},
        {"periksa angkanya: APBD terbesar pun jauh di bawah 9 kuadriliun rupiah; kemungkinan ada digit atau nol berlebih",
         "check the figure: even the largest APBD is far below 9 quadrillion rupiah; a digit or some zeros were probably added"},
        {"lkjip menghitung rupiah (jumlah, serapan) dengan bilangan titik mengambang 64-bit, yang tepat untuk "
         "setiap bilangan bulat sampai 2^53 = 9.007.199.254.740.992. Di atas itu angka dibulatkan diam-diam: "
         "pagu 999999999999999999 akan tercetak Rp1.000.000.000.000.000.000. Karena itu setiap pagu dan "
         "realisasi anggaran bulanan, dan juga jumlah seluruh pagu dan seluruh realisasi anggaran unit, harus "
         "paling banyak 2^53 rupiah (sekitar 9 kuadriliun, jauh di atas APBD mana pun). Jumlah yang melewatinya "
         "hampir pasti salah ketik.",
         "lkjip computes rupiah (sums, serapan) with 64-bit floating point, which is exact for every whole "
         "number up to 2^53 = 9,007,199,254,740,992. Beyond it numbers are rounded without a word: a pagu of "
         "999999999999999999 would print as Rp1.000.000.000.000.000.000. So every pagu and monthly realisasi "
         "anggaran, and also the total of a unit's pagu and of its spending, must be at most 2^53 rupiah "
         "(about 9 quadrillion, far beyond any APBD). An amount beyond it is almost certainly mistyped."}},
    [D_RULE_BIDI] = {
        {"Karakter kendali arah tak terlihat", "Invisible bidirectional control character"},
        {"karakter kendali arah tak terlihat {1} di {2}", "the invisible bidirectional control {1} in {2}"},
        {"hapus karakter tak terlihat itu (sering ikut tersalin dari dokumen lain); di laporan ia dapat membalik "
         "urutan teks dan angka sesudahnya",
         "delete the invisible character (often pasted from another document); in the reports it can reverse "
         "the order of the text and figures after it"},
        {"Karakter kendali dua arah Unicode (U+202A–U+202E, U+2066–U+2069, dan tanda U+200E, U+200F, U+061C) "
         "tidak tampak, tetapi mengubah urutan tampilan teks sesudahnya: nama dengan U+202E RIGHT-TO-LEFT "
         "OVERRIDE yang tidak ditutup membalik angka yang mengikutinya di judul HTML, judul grafik SVG dan teks "
         "alt DocBook, sehingga 2025 tampil sebagai 5202. Bahkan tanda arah (LRM, RLM, ALM) dapat menukar "
         "urutan dua angka yang dipisah spasi. Submisi lkjip berbahasa Indonesia dalam huruf Latin dan tidak "
         "memerlukan satu pun, jadi setiap karakter ini, ditulis langsung atau sebagai referensi karakter "
         "(&#x202E;), di teks, atribut atau komentar mana pun adalah kesalahan. Pesan menyebut karakter mana "
         "dan tempatnya.",
         "Unicode's bidirectional controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, "
         "U+061C) are invisible but change the display order of the text after them: a name with an "
         "unterminated U+202E RIGHT-TO-LEFT OVERRIDE reverses the figures that follow it in HTML titles, SVG "
         "chart titles and DocBook alt text, so that 2025 shows as 5202. Even a direction mark (LRM, RLM, "
         "ALM) can swap two numbers separated by a space. lkjip submissions are Indonesian in Latin script and "
         "need none of them, so each of these characters, written as itself or as a character reference "
         "(&#x202E;), in any text, attribute or comment is an error. The message says which character and "
         "where."}},
    [D_RULE_EFFICIENCY_CLASSES] = {
        {"Batas klasifikasi efisiensi terbalik", "Efficiency class bounds reversed"},
        {"tidak-efisien-di-bawah ({1}) lebih besar daripada efisien-di-atas ({2})",
         "tidak-efisien-di-bawah ({1}) is above efisien-di-atas ({2})"},
        {"batas tidak efisien tidak boleh di atas batas efisien, misalnya tidak-efisien-di-bawah=\"-5\" "
         "efisien-di-atas=\"5\"",
         "the bound of tidak efisien may not be above that of efisien, e.g. tidak-efisien-di-bawah=\"-5\" "
         "efisien-di-atas=\"5\""},
        {"Efisiensi selisih (capaian − serapan, dalam poin persen) digolongkan menurut <klasifikasi-efisiensi> "
         "profil: di atas efisien-di-atas efisien, di bawah tidak-efisien-di-bawah tidak efisien, di antaranya "
         "(batas termasuk) cukup efisien. Batas bawah di atas batas atas membuat satu nilai efisien sekaligus "
         "tidak efisien, jadi profil ini ditolak.",
         "The selisih efficiency (capaian − serapan, in percentage points) is classified by the profile's "
         "<klasifikasi-efisiensi>: above efisien-di-atas efisien, below tidak-efisien-di-bawah tidak efisien, "
         "between them (bounds included) cukup efisien. A lower bound above the upper one would make one value "
         "efficient and inefficient at once, so this profile is rejected."}},
    [D_LINK_DANGLING] = {
        {"Rujukan ke sasaran yang tidak ada", "Reference to a sasaran that does not exist"},
        {"sasaran '{1}' mendukung '{2}', yang tidak ada di {3}", "sasaran '{1}' supports '{2}', which {3} does not have"},
        {"periksa id sasaran pada dokumen {3}; id dibandingkan persis, termasuk huruf besar", "check the sasaran ids in {3}'s document; ids compare exactly, case included"},
        {"Setiap sasaran perangkat daerah mendukung sasaran pemda induknya (dan sasaran kabupaten/kota mendukung "
         "sasaran provinsi) lewat atribut mendukung. Id yang disebut harus ada pada berkas unit induk.",
         "Every OPD sasaran supports a sasaran of its parent pemda (and a kabupaten/kota sasaran one of the "
         "provinsi) through its mendukung attribute. The id it names must exist in the parent unit's file."}},
    [D_LINK_DUPLICATE] = {
        {"Id dipakai di dua berkas", "Id used in two files"},
        {"id '{1}' juga dipakai di {2}", "the id '{1}' is also used in {2}"},
        {"beri awalan unit pada id (misalnya DINKES-S1) supaya unik di seluruh ruang kerja",
         "prefix ids with their unit (e.g. DINKES-S1) so that they are unique in the whole workspace"},
        {"Id unit, tujuan, sasaran dan indikator harus unik di seluruh ruang kerja, karena cascading dan rumus "
         "komposit merujuknya tanpa menyebut berkas. Id skala hanya berlaku di berkasnya sendiri.",
         "Unit, tujuan, sasaran and indikator ids must be unique in the whole workspace, because the cascade and "
         "composite formulas refer to them without naming a file. Scale ids are local to their file."}},
    [D_LINK_WRONG_LEVEL] = {
        {"Rujukan ke tingkat yang salah", "Reference to the wrong level"},
        {"{1} merujuk '{2}', {3}", "{1} refers to '{2}', {3}"},
        {"sasaran mendukung sasaran unit induknya: perangkat daerah ke pemda, kabupaten/kota ke provinsi",
         "a sasaran supports a sasaran of its parent unit: OPD to pemda, kabupaten/kota to provinsi"},
        {"Cascading naik satu tingkat: sasaran perangkat daerah mendukung sasaran pemdanya, sasaran "
         "kabupaten/kota mendukung sasaran provinsi. Rujukan ke unit lain, ke tingkat yang sama, atau ke "
         "indikator/tujuan alih-alih sasaran adalah kesalahan.",
         "The cascade goes one level up: an OPD sasaran supports a sasaran of its pemda, a kabupaten/kota "
         "sasaran one of the provinsi. A reference to another unit, to the same level, or to an indikator or "
         "tujuan instead of a sasaran is a mistake."}},
    [D_LINK_PARENT_CYCLE] = {
        {"Lingkaran induk unit", "Loop in unit parents"},
        {"induk unit membentuk lingkaran: {1}", "unit parents form a loop: {1}"},
        {"perangkat daerah menyebut pemdanya, pemda menyebut provinsinya; provinsi tanpa induk",
         "an OPD names its pemda, a pemda its provinsi; a provinsi has none"},
        {"Rantai induk harus berakhir di provinsi. Sebuah lingkaran (A induknya B, B induknya A) membuat "
         "cascading tidak berujung; setiap langkah lingkaran ditunjukkan dengan berkas dan barisnya.",
         "The chain of parents must end at a provinsi. A loop (A's parent is B, B's parent is A) makes the "
         "cascade endless; every step of the loop is shown with its file and line."}},
    [D_LINK_UNSUPPORTED] = {
        {"Sasaran pemda tanpa pendukung", "Pemda sasaran without support"},
        {"sasaran '{1}' tidak didukung sasaran perangkat daerah mana pun", "no OPD sasaran supports the sasaran '{1}'"},
        {"tambahkan mendukung=\"{1}\" pada sasaran perangkat daerah yang mengampunya",
         "add mendukung=\"{1}\" to the sasaran of the OPD responsible for it"},
        {"Setiap sasaran RPJMD semestinya diampu setidaknya satu perangkat daerah. Sasaran tanpa pendukung "
         "tidak dapat dipertanggungjawabkan dalam LKjIP perangkat daerah mana pun.",
         "Every RPJMD sasaran should be carried by at least one OPD. A sasaran nobody supports is accounted "
         "for in no OPD's LKjIP."}},
    [D_LINK_ORPHAN_PROGRAM] = {
        {"Program tidak mendukung sasaran", "Program supports no sasaran"},
        {"program {1} tidak mendukung sasaran mana pun", "program {1} supports no sasaran"},
        {"tambahkan mendukung=\"…\" dengan id sasaran perangkat daerah ini", "add mendukung=\"…\" with a sasaran id of this OPD"},
        {"Program (selain Program Penunjang *.*.01) membiayai pencapaian sasaran. Program tanpa sasaran tidak "
         "muncul di analisis Bab III dan efisiensinya tidak dapat dinilai.",
         "A program (other than the supporting program *.*.01) funds a sasaran. A program without one is "
         "missing from the Bab III analysis and its efficiency cannot be judged."}},
    [D_LINK_YEAR] = {
        {"Tahun laporan berbeda", "Reporting years differ"},
        {"berkas ini melaporkan tahun {1}, ruang kerja tahun {2}", "this file reports {1}, the workspace {2}"},
        {"semua submisi satu ruang kerja melaporkan tahun yang sama (tahun pada lkjip.xml)",
         "every submission of a workspace reports the same year (the tahun of lkjip.xml)"},
        {"Satu LKjIP melaporkan satu tahun. Submisi dari tahun lain biasanya tersalin dari arsip.",
         "One LKjIP reports one year. A submission of another year is usually copied from an archive."}},
    [D_LINK_PARENT_MISSING] = {
        {"Unit induk tidak ada di masukan", "Parent unit not among the inputs"},
        {"unit '{1}' menyebut induk '{2}', yang tidak ada di antara masukan", "unit '{1}' names the parent '{2}', which is not among the inputs"},
        {"sertakan berkas {2}; sampai itu, rujukan mendukung ke sasarannya tidak diperiksa",
         "include {2}'s file; until then, mendukung references to its sasaran are not checked"},
        {"Rujukan ke sasaran unit induk hanya dapat diperiksa bila berkas induk ikut diproses. Laporan tetap "
         "dibuat dan menyebut masukan yang hilang.",
         "References to the parent unit's sasaran can only be checked when the parent's file is processed too. "
         "The report is still made and names the missing input."}},
    [D_LINK_FORMULA_UNKNOWN] = {
        {"Rumus merujuk indikator yang tidak ada", "Formula refers to an unknown indicator"},
        {"rumus indikator '{1}' merujuk '{2}', yang bukan indikator di ruang kerja", "the formula of indikator '{1}' refers to '{2}', which is no indikator of the workspace"},
        {"{3}", "{3}"},
        {"Indikator komposit (misalnya IPM) dihitung dari indikator lain yang disebut dengan id-nya. Karena id "
         "boleh memuat '-', 'UHH-20' dibaca sebagai satu id. Petunjuknya sesuai dengan id itu: bila id milik "
         "sasaran, tujuan atau unit, petunjuk mengatakannya; bila id terbelah pada '-' menjadi angka dan id "
         "indikator yang dikenal, petunjuk menuliskannya kembali dengan spasi di sekitar tanda minus "
         "('UHH - 20'); selain itu, periksa ejaannya.",
         "Composite indicators (IPM, say) are computed from other indicators named by their ids. Since ids may "
         "contain '-', 'UHH-20' reads as one id. The hint fits the id: when the id is a sasaran's, a tujuan's or "
         "a unit's, the hint says so; when it splits at its '-' into numbers and known indikator ids, the hint "
         "writes it again with spaces around the minus ('UHH - 20'); otherwise, check its spelling."}},
    [D_LINK_FORMULA_CYCLE] = {
        {"Lingkaran rumus", "Formula loop"},
        {"rumus saling bergantung dalam lingkaran: {1}", "formulas depend on each other in a loop: {1}"},
        {"salah satu indikator dalam lingkaran harus punya realisasi sendiri, bukan rumus", "one indicator of the loop must have its own realisasi, not a formula"},
        {"Rumus dihitung menurut urutan ketergantungan. Lingkaran (A dari B, B dari A) tidak punya urutan; "
         "setiap langkahnya ditunjukkan dengan berkas dan barisnya.",
         "Formulas are evaluated in dependency order. A loop (A from B, B from A) has no order; every step is "
         "shown with its file and line."}},
    [D_LINK_ENTITY_MISSING] = {
        {"Entitas profil tidak ada", "Profile entity missing"},
        {"profil menyebut entitas '{1}', yang tidak ada di antara masukan", "the profile names the entity '{1}', which is not among the inputs"},
        {"entitas adalah id unit pemda (misalnya kab-sukamaju); sertakan berkas pemdanya", "the entity is the pemda's unit id (e.g. kab-sukamaju); include the pemda's file"},
        {"Profil ruang kerja menyebut pemda yang dilaporkan. Tanpa berkas pemda itu tidak ada LKjIP pemda.",
         "The workspace profile names the pemda reported on. Without that pemda's file there is no pemda LKjIP."}},
    [D_LINK_FORMULA_SYNTAX] = {
        {"Rumus tidak dapat dibaca", "Formula cannot be read"},
        {"rumus indikator '{1}', karakter {2}: {3}", "the formula of indikator '{1}', character {2}: {3}"},
        {"bahasa rumus: angka, id indikator, + - * / ^, kurung, min max avg sum geomean sqrt ln exp abs",
         "the formula language: numbers, indikator ids, + - * / ^, parentheses, min max avg sum geomean sqrt ln exp abs"},
        {"Rumus komposit ditulis dalam bahasa kecil: angka dengan titik desimal, id indikator, operator "
         "+ - * / ^, tanda kurung dan fungsi min, max, avg, sum, geomean, sqrt, ln, exp, abs.",
         "Composite formulas use a small language: numbers with a decimal point, indikator ids, the operators "
         "+ - * / ^, parentheses and the functions min, max, avg, sum, geomean, sqrt, ln, exp, abs."}},
    [D_LINK_PROFILES] = {
        {"Lebih dari satu profil", "More than one profile"},
        {"profil ruang kerja kedua; yang pertama {1}", "a second workspace profile; the first is {1}"},
        {"bangun satu ruang kerja per pemanggilan, atau hapus salah satu lkjip.xml", "build one workspace per call, or remove one lkjip.xml"},
        {"Satu pemanggilan lkjip build menyusun satu ruang kerja dengan satu profil (lkjip.xml).",
         "One lkjip build call compiles one workspace with one profile (lkjip.xml)."}},
    [D_MEASURE_ZERO_TARGET] = {
        {"Target nol", "Zero target"},
        {"target indikator '{1}' untuk periode {2} adalah 0: capaian tidak dihitung", "the target of indikator '{1}' for {2} is 0: no capaian is computed"},
        {"target 0 hanya bermakna untuk indikator negatif dengan realisasi 0 (\"nol kasus\"); periksa targetnya",
         "a target of 0 only makes sense for a negative indicator with realisasi 0 (\"zero cases\"); check the target"},
        {"Capaian dibagi dengan target. Untuk target 0, kebijakan standar memberi 100 hanya bila indikator "
         "negatif dan realisasinya juga 0; selain itu capaian dilaporkan tidak dapat dihitung, tidak pernah "
         "dibagi nol.",
         "Capaian divides by the target. For a target of 0 the standard policy gives 100 only when the "
         "indicator is negative and its realisasi is 0 too; otherwise the capaian is reported as not computable, "
         "never divided by zero."}},
    [D_LINK_OUTPUT_COLLISION] = {
        {"Dua unit berbagi folder keluaran", "Two units share an output folder"},
        {"unit '{1}' akan ditulis ke folder '{2}', yang sudah dipakai unit '{3}' ({4})",
         "unit '{1}' would be written to the folder '{2}', which unit '{3}' ({4}) already has"},
        {"ganti id salah satu unit: nama folder adalah id dalam huruf kecil, dengan '.' ditulis '-'",
         "change one of the unit ids: a folder name is the id in lower case, with '.' written '-'"},
        {"Laporan setiap unit ditulis ke sebuah folder di folder keluaran (-o) yang namanya dibuat dari id "
         "unit: huruf kecil, dan setiap karakter selain a-z, 0-9, '_' dan '-' (yaitu '.') ditulis '-'; folder "
         "perangkat daerah berada di dalam folder pemdanya. Huruf besar dan kecil disamakan karena laporan "
         "sering disalin ke sistem berkas yang tidak membedakannya, seperti share SMB/Windows, tempat DINAS-X "
         "dan dinas-x adalah folder yang sama. Dua unit yang id-nya hanya berbeda huruf besar-kecil atau '.' "
         "dan '-' (dinas-x, DINAS-X, dinas.x) dengan demikian menulis ke satu folder, dan laporan yang kedua "
         "menimpa yang pertama. Unit pertama menurut urutan masukan (urutan argumen, berkas dalam folder "
         "menurut urutan byte namanya) tetap memakai folder itu; unit berikutnya dilaporkan di id-nya dan "
         "tidak disusun, begitu pula perangkat daerah di bawahnya. Kode keluar 1.",
         "Every unit's reports are written to a folder in the output folder (-o) named after the unit's id: in "
         "lower case, with every character other than a-z, 0-9, '_' and '-' (that is, '.') written '-'; an "
         "OPD's folder lies inside its pemda's. Case is folded because reports are often copied to file "
         "systems that do not tell case apart, such as SMB/Windows shares, where DINAS-X and dinas-x are one "
         "folder. Two units whose ids differ only in case or in '.' and '-' (dinas-x, DINAS-X, dinas.x) thus "
         "write to one folder, and the second's reports overwrite the first's. The first unit in input order "
         "(the arguments' order, files in a folder in byte order) keeps the folder; a later one is reported "
         "at its id and not rendered, nor are the OPDs under it. Exit status 1."}},
    [D_LINK_REJECTED] = {
        {"Tidak ditautkan karena berkasnya ditolak", "Not linked because its file was rejected"},
        {"{1} tidak ditautkan karena '{2}' ada di berkas {3}, yang ditolak",
         "{1} is not linked because '{2}' is in the file {3}, which was rejected"},
        {"perbaiki kesalahan di {3}; rujukan ini ditautkan setelah berkas itu diterima",
         "fix the errors of {3}; this reference is linked once that file is accepted"},
        {"Berkas yang memuat kesalahan ditolak dan tidak ikut ditautkan. Rujukan berkas lain ke id yang hanya "
         "ada di berkas itu (entitas profil, induk unit, sasaran yang didukung, komponen rumus) bukan kesalahan "
         "berkas yang merujuk: penyebabnya adalah kesalahan berkas yang ditolak, yang sudah dilaporkan di "
         "berkas itu. Catatan ini menyebut berkas mana; rujukan itu diperiksa lagi setelah berkas itu "
         "diperbaiki. Sasaran pemda yang hanya didukung oleh berkas yang ditolak tidak dilaporkan sebagai tanpa "
         "dukungan (LKJ0405).",
         "A file with errors is rejected and not linked. References of other files to ids that only that file "
         "defines (the profile's entity, a unit's parent, a supported sasaran, a formula's component) are not "
         "the referring file's findings: their cause is the rejected file's errors, reported at that file. "
         "This note names the file; the reference is checked again once that file is fixed. A pemda sasaran "
         "supported only by a rejected file is not reported as unsupported (LKJ0405)."}},
    [D_LINK_MAYBE_REJECTED] = {
        {"Mungkin di berkas yang ditolak", "Perhaps in a rejected file"},
        {"{1} tidak ditautkan: tidak ada berkas diterima yang memuat '{2}', dan berkas yang ditolak {3} tidak "
         "dapat dibaca untuk memastikan",
         "{1} is not linked: no accepted file defines '{2}', and the rejected {3} could not be read to tell"},
        {"perbaiki {3}; bila '{2}' tidak ada di sana, sertakan berkasnya",
         "fix {3}; if '{2}' is not there, include its file"},
        {"Berkas yang bukan XML yang utuh (atau bukan berkas lkjip) tidak dapat dibaca sama sekali, sehingga "
         "lkjip tidak tahu unit mana yang dimuatnya. Entitas profil atau induk unit yang tidak ada di berkas "
         "yang diterima mungkin ada di berkas itu: lkjip tidak menyebutnya hilang (LKJ0411, LKJ0408), "
         "melainkan mencatat kemungkinan ini.",
         "A file that is not well-formed XML (or no lkjip file) cannot be read at all, so lkjip does not know "
         "which unit it holds. The profile's entity or a unit's parent that no accepted file defines may be in "
         "it: lkjip does not call it missing (LKJ0411, LKJ0408) but notes this possibility."}},
    [D_LINK_UNIT_CODE] = {
        {"Dua perangkat daerah berkode sama", "Two OPDs share a unit code"},
        {"unit '{1}' memakai kode '{2}', yang sudah dipakai unit '{3}' ({4}) di pemda yang sama",
         "unit '{1}' has the code '{2}', which unit '{3}' ({4}) of the same pemda already has"},
        {"periksa kode unit (Kepmendagri 050) pada <unit kode=\"...\">: setiap perangkat daerah satu kode; "
         "berkas salinan dari OPD lain harus diganti kodenya atau dihapus",
         "check the unit code (Kepmendagri 050) in <unit kode=\"...\">: one code per OPD; a file copied "
         "from another OPD must get its own code or be removed"},
        {"Kode unit (Kepmendagri 050) mengenali sebuah perangkat daerah di dalam pemdanya: anggaran dan "
         "kinerja dicatat menurut kode itu. Dua perangkat daerah dari satu pemda dengan kode yang sama "
         "biasanya berarti satu berkas disalin dari berkas OPD lain tanpa diganti kodenya, atau salah ketik. "
         "Kode yang sama di pemda yang berbeda boleh (setiap kabupaten punya Dinas Lingkungan Hidup 2.11). "
         "Unit pertama menurut urutan masukan dianggap pemilik kode; unit berikutnya dilaporkan di elemen "
         "<unit>-nya. Kode keluar 1.",
         "A unit code (Kepmendagri 050) identifies an OPD within its pemda: budget and performance are "
         "recorded under it. Two OPDs of one pemda with the same code usually mean a file was copied from "
         "another OPD's without changing its code, or a typo. The same code in different pemda is fine (every "
         "kabupaten has its 2.11 environment office). The first unit in input order is taken as the code's "
         "owner; a later one is reported at its <unit> element. Exit status 1."}},
    [D_TEMPLATE_FOLDER] = {
        {"Folder buku kerja tidak dapat dibuat", "Workbook folder cannot be made"},
        {"folder buku kerja {1} tidak dapat dibuat: {2}; tidak ada yang ditulis",
         "cannot make the workbook folder {1}: {2}; nothing was written"},
        {"beri -o folder (baru atau yang sudah ada), bukan berkas, di tempat yang boleh ditulis",
         "give -o a folder (new or existing), not a file, somewhere you may write"},
        {"lkjip template menulis satu buku kerja per OPD ke folder -o, dan membuat folder itu bila belum ada. "
         "Bila jalurnya sudah dipakai berkas biasa, atau foldernya tidak boleh ditulis, tidak ada buku kerja "
         "yang ditulis. Kode keluar 3.",
         "lkjip template writes one workbook per OPD into the -o folder and makes that folder when it is "
         "missing. When a plain file is in its place, or the folder may not be written, no workbook is "
         "written. Exit status 3."}},
    [D_TEMPLATE_WRITE] = {
        {"Buku kerja tidak dapat ditulis", "Workbook cannot be written"},
        {"buku kerja {1} tidak dapat ditulis: {2}", "cannot write the workbook {1}: {2}"},
        {"periksa ruang disk dan hak tulis folder -o", "check the disk space and write permission of the -o folder"},
        {"Setiap buku kerja ditulis dulu ke nama sementara (.NAMA.xlsx.tmp-PID) di folder -o lalu diganti "
         "namanya dalam satu langkah, sehingga buku kerja lama tidak pernah tertimpa setengah jadi. Bila "
         "penulisan gagal (disk penuh, galat I/O, teks sel lebih dari 32.767 karakter), berkas sementara "
         "dihapus dan buku kerja lama (bila ada) tetap. Kode keluar 3.",
         "Each workbook is first written under a temporary name (.NAME.xlsx.tmp-PID) in the -o folder and then "
         "renamed in one step, so an earlier workbook is never left half overwritten. When writing fails (a "
         "full disk, an I/O error, a cell text over 32,767 characters), the temporary file is removed and the "
         "earlier workbook (if any) stays. Exit status 3."}},
    [D_TEMPLATE_PLAN] = {
        {"Submisi tidak dapat disematkan", "Submission cannot be embedded"},
        {"submisi {1} (unit {2}) tidak dapat dibaca lagi untuk disematkan di buku kerja",
         "cannot read the submission {1} (unit {2}) again to embed it in the workbook"},
        {"jangan ubah atau pindahkan berkas selama lkjip template berjalan, dan beri berkas (bukan stdin)",
         "do not change or move files while lkjip template runs, and give files (not stdin)"},
        {"Buku kerja membawa salinan submisi asalnya (lembar tersembunyi lkjip) agar lkjip import tidak "
         "memerlukan berkas lain. Salinan itu dibaca ulang dari berkasnya setelah diperiksa; bila berkas "
         "hilang, berubah menjadi tidak terbaca, atau datang dari stdin, buku kerja unit itu tidak ditulis. "
         "Kode keluar 3.",
         "A workbook carries a copy of the submission it was made from (the hidden sheet lkjip) so that lkjip "
         "import needs no other file. The copy is read again from its file after the check; when the file is "
         "gone, has become unreadable, or came from stdin, that unit's workbook is not written. Exit status "
         "3."}},
    [D_TEMPLATE_NAME_TAKEN] = {
        {"Nama buku kerja sudah dipakai", "Workbook name already taken"},
        {"buku kerja unit {1} akan bernama {2}, sudah dipakai unit {3}; tidak ditulis",
         "the workbook of unit {1} would be {2}, already taken by unit {3}; not written"},
        {"beri unit id yang berbeda selain dalam huruf besar/kecil dan tanda baca",
         "give the units ids that differ in more than case and punctuation"},
        {"Nama berkas buku kerja dibuat dari id unit: huruf kecil, dengan [a-z0-9_-] dipertahankan dan "
         "karakter lain menjadi '-'. Dua id yang hanya berbeda huruf besar/kecil atau tanda baca (dinas.x dan "
         "DINAS-X) menghasilkan nama yang sama; yang kedua tidak ditulis agar tidak menimpa yang pertama. "
         "Kode keluar 1.",
         "A workbook's file name is made from the unit id: lower case, [a-z0-9_-] kept and anything else "
         "turned into '-'. Two ids that differ only in case or punctuation (dinas.x and DINAS-X) give the same "
         "name; the second is not written, so as not to overwrite the first. Exit status 1."}},
    [D_TEMPLATE_NONE] = {
        {"Tidak ada OPD", "No OPD"},
        {"ruang kerja tidak memuat submisi OPD yang dapat dibaca; tidak ada buku kerja yang ditulis",
         "the workspace holds no readable OPD submission; no workbook was written"},
        {"beri folder ruang kerja yang berisi berkas opd-*.xml (tingkat=\"opd\")",
         "give a workspace folder holding opd-*.xml files (tingkat=\"opd\")"},
        {"lkjip template menulis buku kerja hanya untuk unit bertingkat opd. Submisi dengan kesalahan tidak "
         "mendapat buku kerja sampai diperbaiki.",
         "lkjip template writes workbooks only for units of level opd. A submission with errors gets no "
         "workbook until it is fixed."}},
    [D_XLSX_NOT_WORKBOOK] = {
        {"Bukan buku kerja", "Not a workbook"},
        {"berkas ini bukan buku kerja .xlsx ({1})",
         "this file is not an .xlsx workbook ({1})"},
        {"impor hanya membaca buku kerja dari lkjip template, disimpan sebagai .xlsx",
         "import reads only workbooks made by lkjip template, saved as .xlsx"},
        {"Sebuah buku kerja .xlsx adalah arsip zip berisi xl/workbook.xml dan lembar-lembarnya. Berkas lain (teks, PDF, arsip zip biasa) ditolak sebelum isinya dibaca.",
         "An .xlsx workbook is a zip archive holding xl/workbook.xml and its sheets. Any other file (text, PDF, a plain zip archive) is rejected before its content is read."}},
    [D_XLSX_NUMBER_TEXT] = {
        {"Teks yang tidak terbaca sebagai angka", "Text that does not read as a number"},
        {"sel angka berisi teks yang tidak terbaca sebagai angka: \"{1}\"",
         "a number cell holds text that does not read as a number: \"{1}\""},
        {"ketik angka saja, misalnya 1234,5 atau 1.234,5; Rp dan % boleh",
         "type a number only, e.g. 1234,5 or 1.234,5; Rp and % are allowed"},
        {"Sel realisasi dan anggaran berisi angka. Teks yang diketik di sel itu dibaca dengan aturan penulisan Indonesia: titik pemisah ribuan, koma desimal, awalan Rp dan akhiran % boleh (\"1.234,5\", \"Rp 150.000.000\", \"95,5 %\"). Teks lain tidak ditebak.",
         "Realisasi and budget cells hold numbers. Text typed into one is read the Indonesian way: dots separate thousands, a comma is the decimal mark, an Rp prefix and a % suffix are allowed (\"1.234,5\", \"Rp 150.000.000\", \"95,5 %\"). Other text is never guessed at."}},
    [D_XLSX_NUMBER_AMBIGUOUS] = {
        {"Angka yang terbaca dua cara", "A number that reads two ways"},
        {"\"{1}\" dibaca {2} (titik pemisah ribuan), bukan {3} (titik desimal)",
         "\"{1}\" is read as {2} (a thousands dot), not {3} (a decimal point)"},
        {"ketik angkanya tanpa titik ({2}) atau dengan koma desimal ({4})",
         "type the number without the dot ({2}) or with a decimal comma ({4})"},
        {"Teks seperti \"1.250\" di sel angka dapat berarti seribu dua ratus lima puluh (penulisan Indonesia, seperti buku kerja menampilkan angka) atau satu koma dua lima. lkjip membacanya sebagai ribuan dan memperingatkan dengan kedua bacaan.",
         "Text such as \"1.250\" in a number cell may mean one thousand two hundred and fifty (Indonesian writing, as the workbook displays numbers) or one point two five. lkjip reads it as thousands and warns with both readings."}},
    [D_XLSX_UNKNOWN_KEY] = {
        {"Kunci tidak dikenal", "Unknown key"},
        {"kunci \"{1}\" di kolom A tidak ada dalam rencana",
         "the key \"{1}\" in column A is not in the plan"},
        {"jangan mengubah kolom Kunci; salin baris dari buku kerja asli",
         "do not change the Kunci column; copy the row from the original workbook"},
        {"Setiap baris data membawa kuncinya di kolom A (id indikator, kode sub kegiatan, kunci narasi). Baris ditemukan dari kuncinya, bukan dari letaknya; kunci yang tidak ada dalam rencana tidak dapat digabungkan.",
         "Every data row carries its key in column A (an indicator id, a sub kegiatan code, a narrative key). Rows are found by their key, not their position; a key the plan does not have cannot be merged."}},
    [D_XLSX_MISSING_COLUMN] = {
        {"Kolom hilang", "Missing column"},
        {"lembar ini tidak memiliki kolom \"{1}\" di baris 1",
         "this sheet has no column \"{1}\" in row 1"},
        {"pakai buku kerja dari lkjip template tanpa menghapus kolom",
         "use the workbook from lkjip template without deleting columns"},
        {"Kolom ditemukan dari judulnya di baris 1. Judul adalah kontraknya (docs/workbook.md); kolom yang hilang tidak dapat dibaca, kolom tambahan diabaikan.",
         "Columns are found by their header in row 1. The header text is the contract (docs/workbook.md); a missing column cannot be read, extra columns are ignored."}},
    [D_XLSX_FORMULA_NO_VALUE] = {
        {"Rumus tanpa nilai tersimpan", "A formula without a cached value"},
        {"sel berisi rumus tanpa nilai tersimpan",
         "the cell holds a formula with no cached value"},
        {"buka dan simpan buku kerja di Excel atau LibreOffice agar nilainya dihitung, atau ketik nilainya",
         "open and save the workbook in Excel or LibreOffice so the value is computed, or type the value"},
        {"lkjip tidak pernah menghitung rumus: ia memakai nilai yang disimpan program lembar kerja bersama rumusnya. Buku kerja yang ditulis program lain dapat menyimpan rumus tanpa nilai.",
         "lkjip never evaluates formulas: it uses the value the spreadsheet program stored beside them. A workbook written by another program may store a formula without its value."}},
    [D_XLSX_OLD_XLS] = {
        {"Buku kerja lama atau terkunci sandi", "Old or password-protected workbook"},
        {"berkas ini buku kerja Excel lama (.xls) atau buku kerja bersandi",
         "this file is an old Excel workbook (.xls) or a password-protected one"},
        {"simpan sebagai \"Excel Workbook (.xlsx)\" tanpa sandi",
         "save it as \"Excel Workbook (.xlsx)\" without a password"},
        {"Berkas .xls lama dan buku kerja .xlsx yang dilindungi sandi disimpan dalam format OLE2, bukan zip. lkjip hanya membaca .xlsx tanpa sandi.",
         "Old .xls files and password-protected .xlsx workbooks are stored in the OLE2 format, not zip. lkjip reads only .xlsx without a password."}},
    [D_XLSX_ZIP_CORRUPT] = {
        {"Arsip zip rusak", "Damaged zip archive"},
        {"arsip zip buku kerja rusak: {1}",
         "the workbook's zip archive is damaged: {1}"},
        {"kirim ulang berkasnya; bila tetap rusak, simpan ulang dari Excel atau LibreOffice",
         "send the file again; if it stays damaged, save it again from Excel or LibreOffice"},
        {"Buku kerja .xlsx adalah arsip zip. Arsip yang terpotong atau rusak ditolak; tidak ada bagian yang ditebak.",
         "An .xlsx workbook is a zip archive. A truncated or damaged archive is rejected; no part of it is guessed at."}},
    [D_XLSX_ENTRY_NAME] = {
        {"Nama entri zip berbahaya", "Dangerous zip entry name"},
        {"arsip memuat entri bernama \"{1}\" (jalur absolut atau ..)",
         "the archive holds an entry named \"{1}\" (an absolute path or ..)"},
        {"buku kerja yang sah tidak memuat nama seperti ini; jangan buka berkas ini",
         "a genuine workbook holds no such name; do not open this file"},
        {"Entri yang namanya memuat .. atau diawali / dapat menulis di luar folder bila diekstrak. lkjip tidak mengekstrak apa pun, tetapi menolak arsip seperti itu.",
         "An entry whose name holds .. or starts with / could write outside its folder when extracted. lkjip extracts nothing, but rejects such an archive."}},
    [D_XLSX_ENCRYPTED] = {
        {"Entri zip terenkripsi", "Encrypted zip entry"},
        {"entri \"{1}\" terenkripsi",
         "the entry \"{1}\" is encrypted"},
        {"simpan buku kerja tanpa sandi",
         "save the workbook without a password"},
        {"lkjip tidak membaca entri zip terenkripsi dan tidak menanyakan sandi.",
         "lkjip does not read encrypted zip entries and never asks for a password."}},
    [D_XLSX_MACRO] = {
        {"Buku kerja bermakro", "Macro-enabled workbook"},
        {"buku kerja memuat makro ({1})",
         "the workbook holds macros ({1})"},
        {"simpan sebagai \"Excel Workbook (.xlsx)\", bukan .xlsm",
         "save it as \"Excel Workbook (.xlsx)\", not .xlsm"},
        {"Buku kerja dari lkjip template tidak memuat makro. Makro tidak pernah dijalankan lkjip, tetapi buku kerja bermakro ditolak agar tidak diteruskan.",
         "Workbooks from lkjip template hold no macros. lkjip never runs macros, but rejects a macro-enabled workbook so that it is not passed on."}},
    [D_XLSX_BOMB] = {
        {"Entri zip terlalu besar", "Zip entry too large"},
        {"entri \"{1}\" mengembang melebihi batas ({2})",
         "the entry \"{1}\" expands beyond the limit ({2})"},
        {"berkas ini kemungkinan bom kompresi; buku kerja OPD yang sah jauh lebih kecil",
         "this is probably a compression bomb; a genuine OPD workbook is far smaller"},
        {"Setiap entri diperiksa ukuran dan rasio kompresinya menurut direktori zip sebelum dibaca, dan dihitung lagi saat didekompresi: entri di atas 16 MiB, rasio di atas 200:1 (untuk entri di atas 1 MiB), atau semua entri bersama di atas --max-size ditolak.",
         "Every entry's size and compression ratio are checked from the zip directory before it is read, and counted again while it inflates: an entry over 16 MiB, a ratio over 200:1 (for entries over 1 MiB), or all entries together over --max-size is rejected."}},
    [D_XLSX_PART_XML] = {
        {"Bagian buku kerja bukan XML yang diterima", "A workbook part is not acceptable XML"},
        {"bagian {1}, baris {2}: {3}",
         "part {1}, line {2}: {3}"},
        {"buku kerja ini tidak ditulis Excel, LibreOffice atau lkjip; simpan ulang dari program lembar kerja",
         "this workbook was not written by Excel, LibreOffice or lkjip; save it again from a spreadsheet program"},
        {"Lembar dibaca libxml2 dengan aturan yang sama seperti submisi: tanpa DOCTYPE, tanpa entitas, tanpa jaringan, dengan batas ukuran. Bagian yang melanggar ditolak dengan sebab dari pemuat.",
         "Sheets are read by libxml2 under the same rules as submissions: no DOCTYPE, no entities, no network, size limits. A part that breaks them is rejected with the loader's reason."}},
    [D_XLSX_STRINGS] = {
        {"Tabel teks bersama terlalu besar", "Shared strings table too large"},
        {"tabel teks bersama melebihi batas ({1})",
         "the shared strings table exceeds the limit ({1})"},
        {"buku kerja OPD memuat beberapa ribu teks; berkas ini bukan dari lkjip template",
         "an OPD workbook holds a few thousand strings; this file is not from lkjip template"},
        {"Teks bersama (xl/sharedStrings.xml) dibatasi 200.000 teks dan 16 MiB isi agar buku kerja yang dibuat-buat tidak menghabiskan memori.",
         "The shared strings (xl/sharedStrings.xml) are capped at 200,000 strings and 16 MiB of text so that a crafted workbook cannot exhaust memory."}},
    [D_XLSX_TOO_MANY_ROWS] = {
        {"Terlalu banyak baris", "Too many rows"},
        {"lembar ini memiliki baris di atas batas {1}",
         "this sheet has rows beyond the limit of {1}"},
        {"hapus baris kosong di bawah tabel, atau pakai buku kerja dari lkjip template",
         "delete the empty rows below the table, or use the workbook from lkjip template"},
        {"Satu OPD memiliki paling banyak beberapa ratus indikator dan sub kegiatan. Lembar dengan baris di atas batas ditolak tanpa dibaca seluruhnya.",
         "An OPD has at most a few hundred indicators and sub kegiatan. A sheet with rows beyond the limit is rejected without being read whole."}},
    [D_XLSX_MISSING_SHEET] = {
        {"Lembar hilang", "Missing sheet"},
        {"buku kerja tidak memiliki lembar \"{1}\"",
         "the workbook has no sheet \"{1}\""},
        {"jangan menghapus atau mengganti nama lembar dari lkjip template",
         "do not delete or rename the sheets of lkjip template"},
        {"Impor membaca lembar Identitas, Realisasi, Anggaran dan Narasi menurut namanya (docs/workbook.md).",
         "Import reads the sheets Identitas, Realisasi, Anggaran and Narasi by name (docs/workbook.md)."}},
    [D_XLSX_NO_PLAN] = {
        {"Rencana tidak ditemukan", "No plan"},
        {"buku kerja tidak membawa rencananya (lembar tersembunyi lkjip) dan --plan tidak diberikan",
         "the workbook carries no plan (the hidden sheet lkjip) and no --plan was given"},
        {"beri submisi asal buku kerja ini dengan --plan BERKAS",
         "give the submission this workbook was made from with --plan FILE"},
        {"Nilai rencana (id, target, pagu) tidak dibaca balik dari buku kerja: impor mengambilnya dari submisi asal, yang disisipkan lkjip template di lembar sangat tersembunyi lkjip, atau dari --plan.",
         "Plan values (ids, targets, pagu) are not read back from the workbook: import takes them from the submission it was made from, embedded by lkjip template in the very hidden sheet lkjip, or from --plan."}},
    [D_XLSX_PLAN_DAMAGED] = {
        {"Rencana tersisip rusak", "Embedded plan damaged"},
        {"rencana yang tersisip di lembar lkjip tidak dapat dipakai: {1}",
         "the plan embedded in the sheet lkjip cannot be used: {1}"},
        {"buat ulang buku kerja dengan lkjip template, atau beri rencananya dengan --plan BERKAS",
         "make the workbook again with lkjip template, or give the plan with --plan FILE"},
        {"Lembar lkjip menyimpan submisi rencana (gzip lalu base64, sel A6 dan seterusnya) dan SHA-256-nya di A5. Rencana yang tidak dapat didekode atau yang SHA-256-nya berbeda tidak dipakai.",
         "The sheet lkjip holds the plan submission (gzip then base64, cells A6 on) and its SHA-256 in A5. A plan that does not decode or whose SHA-256 differs is not used."}},
    [D_XLSX_CELL_ERROR] = {
        {"Sel berisi galat", "A cell holds an error"},
        {"sel berisi nilai galat {1}",
         "the cell holds the error value {1}"},
        {"perbaiki rumusnya atau ketik nilainya",
         "fix the formula or type the value"},
        {"Nilai galat lembar kerja (#DIV/0!, #REF!, #VALUE!…) bukan angka dan tidak dapat diimpor.",
         "A spreadsheet error value (#DIV/0!, #REF!, #VALUE!…) is not a number and cannot be imported."}},
    [D_XLSX_RATIO_HALF] = {
        {"Pembilang tanpa penyebut", "Numerator without denominator"},
        {"{1} diisi tetapi {2} pada periode yang sama kosong",
         "{1} is filled but {2} of the same period is empty"},
        {"isi keduanya, atau kosongkan keduanya bila belum dilaporkan",
         "fill both, or leave both empty when not yet reported"},
        {"Indikator rasio dilaporkan dengan pembilang dan penyebut (dua baris). Satu tanpa yang lain tidak memberi nilai.",
         "A ratio indicator is reported as a numerator and a denominator (two rows). One without the other gives no value."}},
    [D_XLSX_DUPLICATE_ROW] = {
        {"Baris ganda", "Duplicate row"},
        {"kunci \"{1}\" muncul lagi (pertama di baris {2})",
         "the key \"{1}\" appears again (first in row {2})"},
        {"hapus salah satu baris",
         "delete one of the rows"},
        {"Setiap kunci (dan jenis nilai) hanya satu baris; dua baris dengan kunci sama tidak dapat digabungkan tanpa menebak.",
         "Each key (and kind of value) has one row; two rows with the same key cannot be merged without guessing."}},
    [D_XLSX_GRADE_UNKNOWN] = {
        {"Predikat tidak ada dalam skala", "A grade not on the scale"},
        {"\"{1}\" bukan tingkat skala {2} ({3})",
         "\"{1}\" is not a grade of the scale {2} ({3})"},
        {"pilih salah satu tingkat dari daftar di sel itu, atau kosongkan bila belum dilaporkan",
         "choose one of the grades from the cell's list, or leave it empty when not yet reported"},
        {"Indikator berskala (kolom Skala di lembar Indikator) dilaporkan dengan kode salah satu tingkat skalanya, "
         "misalnya WTP atau BB, seperti atribut predikat pada submisi. Kode dibaca tanpa spasi di tepinya; huruf besar "
         "dan kecil tidak dibedakan. Teks lain, juga angka, tidak ditebak.",
         "A graded indicator (the Skala column of the Indikator sheet) is reported as the code of one of its scale's "
         "grades, for example WTP or BB, as the predikat attribute of a submission. The code is read without the "
         "spaces around it, upper and lower case alike. Other text, numbers too, is never guessed at."}},
    [D_LKE_DUPLICATE] = {
        {"Id ganda dalam LKE", "Duplicate id in the LKE"},
        {"{1} '{2}' sudah dipakai di baris {3}", "{1} '{2}' is already used on line {3}"},
        {"beri id atau kode lain; jawaban merujuk kriteria dan subkomponen dengan id-nya",
         "give another id or code; answers refer to criteria and sub-components by their ids"},
        {"Dalam satu LKE, id komponen, subkomponen dan kriteria berbagi satu ruang nama (jawaban merujuknya "
         "dengan ref), id skala unik di antara skala, kode nilai unik dalam skalanya, dan kode predikat unik. "
         "Dua unsur dengan id sama membuat jawaban tidak dapat dipasangkan tanpa menebak.",
         "Within one LKE, the ids of components, sub-components and criteria share one name space (answers "
         "refer to them with ref), scale ids are unique among scales, answer codes within their scale, and "
         "predikat codes among predikat. Two items with the same id would make answers ambiguous."}},
    [D_LKE_WEIGHTS_TOTAL] = {
        {"Bobot komponen tidak berjumlah 100", "Component weights do not add up to 100"},
        {"bobot komponen berjumlah {1}, bukan 100", "the component weights add up to {1}, not 100"},
        {"sesuaikan bobot komponen; PermenPANRB 88/2021: 30, 30, 15 dan 25",
         "adjust the component weights; PermenPANRB 88/2021: 30, 30, 15 and 25"},
        {"Nilai akhir evaluasi adalah jumlah nilai komponen, dari 0 sampai 100; karena itu bobot seluruh "
         "komponen harus berjumlah tepat 100.",
         "The final score is the sum of the components' values, from 0 to 100; so the weights of all "
         "components must add up to exactly 100."}},
    [D_LKE_WEIGHTS_SUB] = {
        {"Bobot subkomponen tidak sama dengan bobot komponennya", "Sub-component weights do not add up to their component's"},
        {"bobot subkomponen komponen '{1}' berjumlah {2}, bukan {3} (bobot komponennya)",
         "the sub-component weights of component '{1}' add up to {2}, not {3} (the component's weight)"},
        {"bobot subkomponen ditulis dalam poin nilai akhir: 20/30/50 % dari 30 adalah 6, 9 dan 15",
         "sub-component weights are points of the final score: 20/30/50 % of 30 are 6, 9 and 15"},
        {"Nilai komponen adalah jumlah nilai subkomponennya, sehingga bobot subkomponen (dalam poin nilai "
         "akhir) harus berjumlah bobot komponennya.",
         "A component's value is the sum of its sub-components' values, so the sub-components' weights (in "
         "points of the final score) must add up to the component's weight."}},
    [D_LKE_UNKNOWN_SCALE] = {
        {"Skala tidak dikenal", "Unknown scale"},
        {"'{1}' memakai skala '{2}' yang tidak didefinisikan dalam LKE ini",
         "'{1}' uses the scale '{2}', which this LKE does not define"},
        {"definisikan <skala id=\"{2}\"> atau pakai salah satu: {3}", "define <skala id=\"{2}\"> or use one of: {3}"},
        {"Setiap kriteria dijawab pada skala yang ditulis di atribut skala (misalnya Y-T atau A-E), dan "
         "subkomponen yang dapat dinilai langsung menyebut skalanya di skala-nilai. Skala itu harus "
         "didefinisikan dengan <skala> di awal LKE.",
         "Each criterion is answered on the scale named by its skala attribute (Y-T or A-E, say), and a "
         "sub-component that can be graded directly names its scale in skala-nilai. That scale must be "
         "defined with <skala> at the top of the LKE."}},
    [D_LKE_PREDIKAT_ORDER] = {
        {"Batas predikat tidak menurun", "Predikat bounds not descending"},
        {"batas predikat '{1}' ({2}) harus lebih rendah dari batas '{3}' di atasnya ({4})",
         "the bound of predikat '{1}' ({2}) must be lower than that of '{3}' above it ({4})"},
        {"tulis predikat dari yang tertinggi: AA di atas 90, A di atas 80, ...",
         "list the predikat from the highest: AA above 90, A above 80, ..."},
        {"Predikat dipilih dari atas ke bawah: yang pertama yang batas bawahnya (eksklusif, di-atas) "
         "dilampaui nilai akhir. Karena itu batasnya harus turun tegas dari predikat ke predikat.",
         "The predikat is chosen from the top down: the first whose (exclusive) lower bound, di-atas, the "
         "final score is above. So the bounds must strictly decrease from one predikat to the next."}},
    [D_LKE_PREDIKAT_LAST] = {
        {"Predikat tanpa batas salah tempat", "Unbounded predikat misplaced"},
        {"predikat '{1}' {2}", "predikat '{1}' {2}"},
        {"hanya predikat terakhir (terendah, mis. D) yang tanpa di-atas", "only the last (lowest, e.g. D) predikat has no di-atas"},
        {"Predikat terakhir menampung semua nilai yang tidak melampaui batas mana pun, sehingga ia tanpa "
         "batas; setiap predikat lain memerlukan batas di-atas.",
         "The last predikat takes every score above no bound, so it has none; every other predikat needs a "
         "di-atas bound."}},
    [D_LKE_NOT_LKE] = {
        {"Bukan dokumen LKE yang diharapkan", "Not the expected LKE document"},
        {"elemen akar <{1}> {2}, bukan <{3} xmlns=\"urn:lkjip:lke:1\">",
         "root element <{1}> {2}, not <{3} xmlns=\"urn:lkjip:lke:1\">"},
        {"--lke menerima <lke>, berkas jawaban dimulai dengan <evaluasi> (docs/lke.md)",
         "--lke takes an <lke>, answer files start with <evaluasi> (docs/lke.md)"},
        {"lkjip evaluasi membaca dua jenis dokumen dalam namespace urn:lkjip:lke:1: LKE-nya (<lke>, dengan "
         "--lke) dan jawaban per unit (<evaluasi>). Submisi dan profil ruang kerja bukan keduanya.",
         "lkjip evaluasi reads two kinds of document in the namespace urn:lkjip:lke:1: its LKE (<lke>, "
         "with --lke) and the answers of a unit (<evaluasi>). Submissions and workspace profiles are neither."}},
    [D_LKE_NOT_SUBMISSION] = {
        {"Dokumen evaluasi SAKIP, bukan submisi", "A SAKIP evaluation document, not a submission"},
        {"<{1}> adalah dokumen evaluasi SAKIP (urn:lkjip:lke:1), bukan submisi",
         "<{1}> is a SAKIP evaluation document (urn:lkjip:lke:1), not a submission"},
        {"nilai dengan lkjip evaluasi (docs/lke.md); beri nama *.lke.xml agar folder melewatinya",
         "score it with lkjip evaluasi (docs/lke.md); name it *.lke.xml so that folders skip it"},
        {"LKE dan jawaban evaluasi per unit dibaca oleh lkjip evaluasi, bukan oleh check atau build. Folder "
         "yang ditelusuri melewati berkas bernama *.lke.xml; berkas ini disebut langsung atau bernama lain.",
         "The LKE and a unit's evaluation answers are read by lkjip evaluasi, not by check or build. Folders "
         "walked skip files named *.lke.xml; this one was named directly or is named otherwise."}},
    [D_LKE_UNKNOWN_CRITERION] = {
        {"Kriteria tidak dikenal", "Unknown criterion"},
        {"jawaban untuk '{1}', tetapi LKE '{2}' tidak memuat kriteria atau subkomponen itu",
         "an answer for '{1}', but the LKE '{2}' has no such criterion or sub-component"},
        {"pakai id kriteria dari LKE (mis. 1.a.1); lkjip explain LKJ0810",
         "use a criterion id from the LKE (e.g. 1.a.1); lkjip explain LKJ0810"},
        {"Setiap jawaban merujuk satu kriteria LKE dengan ref (atau subkomponen yang dinilai langsung). "
         "Id ini berasal dari berkas LKE yang dipakai (bawaan: PermenPANRB 88/2021, "
         "schemas/lke-88-2021.xml); jawaban untuk LKE tahun lain dapat memakai id lain.",
         "Each answer refers to one criterion of the LKE with ref (or to a sub-component graded directly). "
         "The ids come from the LKE in use (built in: PermenPANRB 88/2021, schemas/lke-88-2021.xml); answers "
         "made for another year's LKE may use other ids."}},
    [D_LKE_NOT_ON_SCALE] = {
        {"Jawaban di luar skala", "Answer not on the scale"},
        {"jawaban {1} '{2}' untuk '{3}' tidak ada pada skala {4}",
         "the {1} answer '{2}' for '{3}' is not on the scale {4}"},
        {"pilih salah satu: {5}", "choose one of: {5}"},
        {"Setiap kriteria dijawab pada skalanya: Y/T (1/0), A-E (1; 0,75; 0,5; 0,25; 0), dan subkomponen "
         "yang dinilai langsung pada AA-E (100/90/80/70/60/50/30/0). Kode huruf besar-kecil dibedakan.",
         "Each criterion is answered on its scale: Y/T (1/0), A-E (1, 0.75, 0.5, 0.25, 0), and a "
         "sub-component graded directly on AA-E (100/90/80/70/60/50/30/0). Codes are case-sensitive."}},
    [D_LKE_DUPLICATE_ANSWER] = {
        {"Jawaban ganda", "Duplicate answer"},
        {"'{1}' sudah dijawab di baris {2}", "'{1}' is already answered on line {2}"},
        {"gabungkan kedua jawaban menjadi satu <jawaban>", "merge both answers into one <jawaban>"},
        {"Satu kriteria dijawab satu kali per unit: satu <jawaban> memuat jawaban mandiri dan evaluator, "
         "catatan dan buktinya. Dua jawaban tidak digabung tanpa menebak.",
         "A criterion is answered once per unit: one <jawaban> holds the self-assessment and the evaluator's "
         "answer, the note and the evidence. Two answers are not merged by guessing."}},
    [D_LKE_SUB_NOT_GRADED] = {
        {"Subkomponen tidak dinilai langsung", "Sub-component not graded directly"},
        {"'{1}' adalah subkomponen tanpa skala-nilai; jawab kriterianya", "'{1}' is a sub-component without skala-nilai; answer its criteria"},
        {"jawab kriteria '{1}.1' dan seterusnya, atau beri subkomponen itu skala-nilai dalam LKE",
         "answer the criteria '{1}.1' and so on, or give the sub-component a skala-nilai in the LKE"},
        {"Sebuah subkomponen dapat dinilai langsung (AA-E) hanya bila LKE memberinya skala-nilai; nilai "
         "langsung itu menggantikan rata-rata kriterianya.",
         "A sub-component can be graded directly (AA-E) only when the LKE gives it a skala-nilai; that grade "
         "then replaces the mean of its criteria."}},
    [D_LKE_OTHER_LKE] = {
        {"Jawaban untuk LKE lain", "Answers for another LKE"},
        {"jawaban ini dibuat untuk LKE '{1}', yang dipakai '{2}'", "these answers were made for the LKE '{1}', the one in use is '{2}'"},
        {"pakai --lke dengan LKE yang sesuai, atau perbarui atribut lke", "use --lke with the matching LKE, or update the lke attribute"},
        {"Kriteria berubah dari tahun ke tahun. Jawaban tetap dinilai bila setiap id-nya ada pada LKE yang "
         "dipakai, tetapi nilainya mungkin tidak sebanding.",
         "Criteria change from year to year. The answers are still scored when every id exists in the LKE "
         "in use, but the score may not be comparable."}},
    [D_LKE_UNANSWERED] = {
        {"Kriteria belum dijawab", "Criteria not answered"},
        {"{1}: {2} dari {3} kriteria belum dijawab, dihitung 0 (yang pertama: '{4}')",
         "{1}: {2} of {3} criteria are not answered and count 0 (the first: '{4}')"},
        {"lengkapi jawaban, atau nilai subkomponennya langsung bila LKE mengizinkan",
         "complete the answers, or grade their sub-components directly where the LKE allows"},
        {"Kriteria tanpa jawaban dihitung 0 dalam rata-rata subkomponennya, sebagaimana pada lembar kerja "
         "evaluasi. Peringatan ini menyebut berapa yang belum dijawab oleh penilai itu.",
         "A criterion without an answer counts 0 in its sub-component's mean, as on the evaluation "
         "worksheet. This warning says how many that rater has not answered."}},
    [D_LKE_DUPLICATE_UNIT] = {
        {"Unit dinilai dua kali", "Unit scored twice"},
        {"unit '{1}' sudah dinilai dari {2}", "the unit '{1}' is already scored from {2}"},
        {"satu berkas jawaban per unit; hapus salah satunya dari perintah",
         "one answer file per unit; drop one of them from the command"},
        {"Setiap unit (OPD atau pemda) memiliki satu berkas jawaban per evaluasi. Dua berkas untuk unit yang "
         "sama memberi dua nilai yang bertentangan.",
         "Each unit (an OPD or the pemda) has one answer file per evaluation. Two files for the same unit "
         "would give two conflicting scores."}},
    [D_LKE_NO_ANSWERS] = {
        {"Belum ada jawaban", "No answers yet"},
        {"berkas ini belum memuat jawaban mandiri maupun evaluator", "this file holds neither self-assessment nor evaluator answers"},
        {"isi atribut mandiri atau evaluator pada <jawaban>", "fill in the mandiri or evaluator attribute of <jawaban>"},
        {"Nilai dihitung per penilai (mandiri, evaluator) yang sudah menjawab sesuatu. Berkas tanpa jawaban "
         "tidak memberi nilai.",
         "A score is computed for each rater (mandiri, evaluator) who has answered anything. A file without "
         "answers gives no score."}},
    [D_LKE_DATA_DISAGREES] = {
        {"Jawaban berbeda dari saran data", "Answer differs from the data's suggestion"},
        {"kriteria '{1}': jawaban {2} '{3}', data menyarankan '{4}' ({5})",
         "criterion '{1}': the {2} answered '{3}', the data suggests '{4}' ({5})"},
        {"periksa bukti yang disebut lkjip evaluasi --data; bila jawaban tetap, catat alasannya",
         "look at the evidence lkjip evaluasi --data lists; if the answer stands, note why"},
        {"Dengan --data, lkjip menjawab dari data pengajuan kriteria yang memiliki kunci dari-data, dengan "
         "buktinya (jumlah dan butir yang belum memenuhi, dengan berkas:baris). Saran tidak pernah mengganti "
         "jawaban: nilai tetap dihitung dari jawaban evaluator dan mandiri. Peringatan ini menandai jawaban "
         "yang berbeda dari saran, agar evaluator memeriksanya.",
         "With --data, lkjip answers from the submissions' data the criteria that carry a dari-data key, with "
         "the evidence (a count and the items that fall short, with file:line). A suggestion never replaces "
         "an answer: the scores still come from the evaluator's and the unit's answers. This warning marks an "
         "answer that differs from the suggestion, for the evaluator to look at."}},
    [D_LKE_DATA_CONTRADICTS_Y] = {
        {"Jawaban Y dibantah data", "A 'Y' the data contradicts"},
        {"kriteria '{1}': jawaban {2} 'Y', tetapi data tidak memenuhinya ({3})",
         "criterion '{1}': the {2} answered 'Y', but the data does not meet it ({3})"},
        {"jawab T, atau lengkapi pengajuan sehingga data memenuhinya",
         "answer T, or complete the submission so that the data meets it"},
        {"Kerangka logis: sebuah 'Y' pada kriteria yang diputuskan data hanya benar bila setiap butir "
         "memenuhinya. lkjip menyebut butir yang belum memenuhi dengan berkas:baris.",
         "Logical frame: a 'Y' on a criterion the data decides holds only when every item meets it. lkjip "
         "lists the items that fall short with file:line."}},
    [D_LKE_QUALITY_ABOVE_EXISTENCE] = {
        {"Kualitas di atas keberadaan", "Quality above existence"},
        {"{1}: subkomponen '{2}' ({3} %) di atas keberadaannya '{4}' ({5} %)",
         "{1}: sub-component '{2}' ({3} %) is above its existence '{4}' ({5} %)"},
        {"periksa kembali jawaban keduanya: dokumen yang tidak lengkap tidak dapat berkualitas lebih tinggi",
         "look at both answers again: documents that are not all there cannot be of higher quality"},
        {"Kerangka logis LKE: kualitas suatu komponen tidak lebih tinggi daripada keberadaannya, dan "
         "pemanfaatan tidak lebih tinggi daripada kualitasnya. Persentase subkomponen adalah nilainya dibagi "
         "bobotnya (rata-rata kriteria, atau nilai langsung).",
         "The LKE's logical frame: a component's quality is not higher than its existence, and its use not "
         "higher than its quality. A sub-component's percentage is its value over its weight (the mean of its "
         "criteria, or its direct grade)."}},
    [D_LKE_USE_ABOVE_QUALITY] = {
        {"Pemanfaatan di atas kualitas", "Use above quality"},
        {"{1}: subkomponen '{2}' ({3} %) di atas rata-rata kualitasnya '{4}' ({5} %)",
         "{1}: sub-component '{2}' ({3} %) is above the mean of its quality '{4}' ({5} %)"},
        {"periksa kembali jawaban keduanya: yang dimanfaatkan tidak melebihi mutu yang ada",
         "look at both answers again: use cannot exceed the quality there is"},
        {"Kerangka logis LKE: pemanfaatan suatu komponen tidak lebih tinggi daripada rata-rata kriteria "
         "kualitasnya. Persentase subkomponen adalah nilainya dibagi bobotnya.",
         "The LKE's logical frame: a component's use is not higher than the mean of its quality criteria. A "
         "sub-component's percentage is its value over its weight."}},
    [D_LKE_UNIT_NOT_IN_DATA] = {
        {"Unit tidak ada di data", "Unit not in the data"},
        {"unit '{1}' tidak ada di ruang kerja --data, atau pengajuannya tidak terbaca: tidak ada saran dari data",
         "unit '{1}' is not in the --data workspace, or its submission could not be read: no suggestion from the data"},
        {"sebut folder atau berkas pengajuan unit itu dengan --data",
         "name the folder or the file of that unit's submission with --data"},
        {"lkjip menyarankan jawaban dari data pengajuan unit yang dievaluasi (unit/@id sama dengan "
         "evaluasi/@unit). Bila unit itu tidak ada di ruang kerja, jawaban tetap dinilai tanpa saran.",
         "lkjip suggests answers from the submission of the unit evaluated (unit/@id equal to "
         "evaluasi/@unit). When the unit is not in the workspace, the answers are still scored, without "
         "suggestions."}},
    [D_LKE_NOT_SHEET] = {
        {"Buku kerja bukan lembar jawaban LKE", "Workbook is not an LKE answer sheet"},
        {"buku kerja ini bukan lembar jawaban LKE dari lkjip evaluasi --format xlsx: {1}",
         "this workbook is not an LKE answer sheet made by lkjip evaluasi --format xlsx: {1}"},
        {"buat lembar jawaban dengan lkjip evaluasi JAWABAN.xml --format xlsx -o FOLDER dan isi lembar LKE-nya",
         "make the answer sheet with lkjip evaluasi ANSWERS.xml --format xlsx -o DIR and fill its sheet LKE"},
        {"lkjip evaluasi membaca buku kerja yang dibuatnya sendiri: lembar sangat tersembunyi lkjip menyebut "
         "unit, LKE dan tahunnya, sehingga jawaban terbaca tanpa keraguan (docs/lke.md). Buku kerja OPD dari "
         "lkjip template adalah pengajuan, bukan jawaban LKE.",
         "lkjip evaluasi reads the workbooks it made itself: the very hidden sheet lkjip names the unit, the "
         "LKE and the year, so the answers read back unambiguously (docs/lke.md). An OPD workbook from lkjip "
         "template is a submission, not LKE answers."}},
    [D_LKE_YEAR_NOT_COMPARED] = {
        {"Data tahun lain tidak dibandingkan", "Another year's data not compared"},
        {"data tahun {1} (--data-tahun) untuk unit '{2}' tidak dibandingkan dalam iku-tetap: {3}",
         "the data of {1} (--data-tahun) for unit '{2}' is not compared for iku-tetap: {3}"},
        {"sebut dengan --data-tahun TAHUN=RUANG pengajuan tahun itu sendiri, tahun lain dalam periode rencana "
         "yang sama",
         "name with --data-tahun YEAR=WS that year's own submissions, another year of the same plan period"},
        {"Kriteria iku-tetap (IKU tidak sering diganti dalam satu periode rencana) membandingkan IKU unit di "
         "ruang kerja --data dengan IKU-nya pada data tahun lain (--data-tahun TAHUN=RUANG). Data suatu tahun "
         "hanya dibandingkan bila pengajuannya memang untuk tahun itu (submisi/@tahun), bukan tahun --data "
         "sendiri, dan berada dalam periode rencana unit di --data (periode-rencana awal sampai akhir); "
         "selain itu tahun tersebut dilewati, begitu pula tahun yang datanya tidak memuat unit itu.",
         "The criterion iku-tetap (the IKU not often replaced within a plan period) compares the unit's IKU in "
         "the --data workspace with its IKU in the data of other years (--data-tahun YEAR=WS). A year's data is "
         "compared only when its submission is for that year (submisi/@tahun), not the year of --data itself, "
         "and within the plan period of the unit in --data (periode-rencana awal to akhir); otherwise that "
         "year is passed over, as is a year whose data does not hold the unit."}},
    [D_LKE_SHEET_NOT_SUBMISSION] = {
        {"Lembar jawaban LKE, bukan buku kerja OPD", "An LKE answer sheet, not an OPD workbook"},
        {"buku kerja ini adalah lembar jawaban LKE dari lkjip evaluasi (unit '{1}'), bukan buku kerja pengajuan OPD",
         "this workbook is an LKE answer sheet of lkjip evaluasi (unit '{1}'), not an OPD submission workbook"},
        {"nilai dengan lkjip evaluasi BERKAS.xlsx; dalam folder yang ditelusuri check dan build melewatinya",
         "score it with lkjip evaluasi FILE.xlsx; in a folder they walk, check and build skip it"},
        {"lkjip evaluasi --format xlsx menulis lembar jawaban LKE per unit (docs/lke.md §7); lembar sangat "
         "tersembunyi lkjip-nya bertanda 'lkjip-lke 1' di A1. Buku kerja itu berisi jawaban evaluasi, bukan "
         "rencana dan realisasi, sehingga check, build dan import tidak dapat membacanya sebagai pengajuan. "
         "Berkas ini disebut langsung; dalam folder, buku kerja seperti ini dilewati dengan catatan LKJ0831.",
         "lkjip evaluasi --format xlsx writes an LKE answer sheet per unit (docs/lke.md §7); its very hidden "
         "sheet lkjip is marked 'lkjip-lke 1' in A1. Such a book holds evaluation answers, not a plan and its "
         "realisations, so check, build and import cannot read it as a submission. This file was named "
         "directly; in a folder such a workbook is skipped with note LKJ0831."}},
    [D_LKE_SHEET_SKIPPED] = {
        {"Lembar jawaban LKE dilewati", "LKE answer sheet skipped"},
        {"lembar jawaban LKE dari lkjip evaluasi (unit '{1}') dilewati: bukan pengajuan",
         "LKE answer sheet of lkjip evaluasi (unit '{1}') skipped: not a submission"},
        {"tidak perlu tindakan; nilai dengan lkjip evaluasi BERKAS.xlsx",
         "nothing to do; score it with lkjip evaluasi FILE.xlsx"},
        {"Lembar jawaban LKE (lkjip evaluasi --format xlsx, docs/lke.md §7) boleh disimpan di samping pengajuan "
         "dalam folder ruang kerja, seperti berkas *.lke.xml. Folder yang ditelusuri check, build dan template "
         "(dan lkjip evaluasi --data) melewatinya: lembar itu dikenali dari isinya (A1 lembar lkjip: "
         "'lkjip-lke 1'), bukan dari namanya, maka lkjip mencatat bahwa berkas itu dilewati. Jawaban di "
         "dalamnya dinilai dengan lkjip evaluasi.",
         "An LKE answer sheet (lkjip evaluasi --format xlsx, docs/lke.md §7) may be kept beside the submissions "
         "in a workspace folder, as *.lke.xml files are. Folders walked by check, build and template (and lkjip "
         "evaluasi --data) skip it: it is recognised by its content (A1 of the sheet lkjip: 'lkjip-lke 1'), "
         "not by its name, so lkjip notes that the file was skipped. Its answers are scored with lkjip "
         "evaluasi."}},
    [D_NO_MEMORY] = {
        {"Memori habis", "Out of memory"},
        {"memori tidak cukup", "out of memory"},
        {"jalankan ulang dengan memori lebih, atau periksa berkas yang sangat besar",
         "run again with more memory, or look for a very large file"},
        {"lkjip kehabisan memori. Pekerjaan dihentikan dengan kode keluar 3 tanpa menulis keluaran separuh jadi.",
         "lkjip ran out of memory. The work stops with exit status 3 without writing half an output."}},
    [D_STYLESHEET] = {
        {"Stylesheet gagal", "Stylesheet failed"},
        {"stylesheet {1} gagal: {2}", "the stylesheet {1} failed: {2}"},
        {"untuk stylesheet sendiri: periksa dengan xsltproc terhadap ir.xml; untuk stylesheet lkjip: laporkan ke pengembang",
         "for your own stylesheet: try it with xsltproc on ir.xml; for lkjip's own: report it to the developers"},
        {"Dokumen dibuat dari IR laporan oleh stylesheet XSLT. Stylesheet yang tidak dapat dikompilasi atau "
         "berhenti dengan galat tidak menghasilkan dokumen; keluaran lama tetap utuh. Stylesheet tidak boleh "
         "menulis berkas, membuat folder, atau mengakses jaringan. Kode keluar 3.",
         "Documents are made from the report IR by XSLT stylesheets. A stylesheet that does not compile or stops "
         "with an error produces no document; the previous output stays intact. Stylesheets may not write files, "
         "create folders or use the network. Exit status 3."}},
    [D_INTERNAL] = {
        {"Galat internal", "Internal error"},
        {"galat internal: {1}", "internal error: {1}"},
        {"laporkan ke pengembang lkjip beserta berkas yang memicunya", "report it to the lkjip developers with the file that caused it"},
        {"Sesuatu yang seharusnya tidak terjadi terjadi di dalam lkjip. Kode keluar 3.",
         "Something that should never happen happened inside lkjip. Exit status 3."}},
};

const char *catalog_code(diag_id id) { return codes[id]; }

lkj_severity catalog_severity(diag_id id) { return severities[id]; }

const catalog_entry *catalog_entry_of(diag_id id) { return &entries[id]; }

const char *catalog_severity_word(lkj_severity severity, lkj_lang lang)
{
    static const char *const words[4][2] = {
        {"catatan", "note"},
        {"peringatan", "warning"},
        {"kesalahan", "error"},
        {"galat", "fatal"},
    };
    return words[severity][lang == LKJ_LANG_EN ? EN : ID];
}

size_t lkj_catalog_size(void) { return DIAG_COUNT; }

const char *lkj_catalog_code(size_t index)
{
    return index < DIAG_COUNT ? codes[index] : NULL;
}

/* Accepts "LKJ0201", "lkj0201" and the bare "0201". */
static int find_code(const char *code)
{
    for (int i = 0; i < DIAG_COUNT; i++)
        if (strcasecmp(codes[i], code) == 0 || strcmp(codes[i] + 3, code) == 0)
            return i;
    return -1;
}

int catalog_id_of(const char *code, diag_id *id)
{
    for (int i = 0; i < DIAG_COUNT; i++)
        if (strcmp(codes[i], code) == 0) {
            *id = (diag_id)i;
            return 0;
        }
    return -1;
}

int lkj_explain(FILE *out, const char *code, lkj_lang lang)
{
    int i = find_code(code);
    if (i < 0)
        return -1;
    int l = lang == LKJ_LANG_EN ? EN : ID;
    const catalog_entry *e = &entries[i];
    fprintf(out, "%s (%s): %s\n\n", codes[i], catalog_severity_word(severities[i], lang), e->title[l]);
    fprintf(out, "%s\n", e->explain[l]);
    return 0;
}

void lkj_catalog_markdown(FILE *out, lkj_lang lang)
{
    int l = lang == LKJ_LANG_EN ? EN : ID;
    for (int i = 0; i < DIAG_COUNT; i++) {
        const catalog_entry *e = &entries[i];
        fprintf(out, "## %s — %s\n\n", codes[i], e->title[l]);
        fprintf(out, "*%s*. %s\n\n", catalog_severity_word(severities[i], lang), e->explain[l]);
        fprintf(out, "- %s: `%s`\n", l == EN ? "message" : "pesan", e->message[l]);
        fprintf(out, "- %s: `%s`\n\n", l == EN ? "hint" : "saran", e->hint[l]);
    }
}
