# bench/gen.awk — the body of bench/gen (see there for the usage). Writes a
# whole workspace in one awk process: the profile, then per provinsi its
# RPJMD file and per pemda (kabupaten/kota) its RPJMD file and its OPD files.
#
# Every file is a sample file of samples/ (the templates) with:
#   - its ids renamed so that they are unique in the workspace and the cascade
#     linked: an OPD's KAB-Sn becomes its own pemda's Knnn-Sn, a pemda's
#     PROV-Sn its own provinsi's Ppp-Sn, an OPD's own DINKES-... ids
#     Knnn-SLOT-...;
#   - its unit line (id, tingkat, kode, induk), names and places rewritten;
#   - its realisasi varied per file: every numeric realisasi of an indicator
#     scaled by one factor in [0.94, 1.06] (percentages kept at or under 100,
#     ratio numerators under their denominators when the pengali is 100),
#     spending per sub kegiatan by a factor in [0.85, 1]; about one OPD in
#     seven has not sent December (or the fourth quarter) yet.
# Numbers come from a Park-Miller generator seeded by the file's position, so
# the output depends only on the arguments: same arguments, same bytes.
#
# Variables (-v): mode (province|national|count), out (the folder), pemda
# (national/count: how many pemda), opds (count: how many OPD files), and
# tpl_bappeda, tpl_dinkes, tpl_disdikbud, tpl_dlh, tpl_dpupr, tpl_dinsos,
# tpl_kab, tpl_prov: the template files (plain XML).

function load(name, path,    line, n, inblk, cnt, i, start, k) {
    n = 0
    while ((getline line < path) > 0)
        T[name, ++n] = line
    close(path)
    if (n == 0) {
        print "bench/gen: cannot read template " path > "/dev/stderr"
        exit 2
    }
    N[name] = n
    # December (bulan 12) or the fourth quarter (triwulan 4) of a realisasi
    # or realisasi-anggaran block with more than one entry may be dropped
    # ("not sent yet") without leaving the block empty.
    inblk = 0
    for (i = 1; i <= n; i++) {
        line = T[name, i]
        if (line ~ /<realisasi( [^>]*)?>$/ || line ~ /<realisasi-anggaran>$/) {
            inblk = 1; cnt = 0; start = i
            continue
        }
        if (inblk && (line ~ /<\/realisasi>$/ || line ~ /<\/realisasi-anggaran>$/)) {
            inblk = 0
            if (cnt > 1)
                for (k = start + 1; k < i; k++)
                    if (T[name, k] ~ /<bulan ke="12"/ || T[name, k] ~ /<triwulan ke="4"/)
                        DROP[name, k] = 1
            continue
        }
        if (inblk)
            cnt++
    }
}

# Literal (not regular-expression) replacement of every occurrence.
function repl(s, from, to,    i, r, lf) {
    if (from == to || index(s, from) == 0)
        return s
    r = ""; lf = length(from)
    while ((i = index(s, from)) > 0) {
        r = r substr(s, 1, i - 1) to
        s = substr(s, i + lf)
    }
    return r s
}

# Park-Miller minimal standard generator; exact in double precision.
function seed(a, b,    s) {
    s = (a * 7919 + b * 104729 + 12345) % 2147483647
    if (s <= 0) s += 2147483646
    RNG = s
    rnd(); rnd()
}
function rnd() {
    RNG = (RNG * 16807) % 2147483647
    return RNG / 2147483647
}

function decimals(v,    i) {
    i = index(v, ".")
    return i ? length(v) - i : 0
}
function fmt(x, d,    s) {
    s = sprintf("%." d "f", x)
    if (s ~ /^-0(\.0*)?$/)
        s = substr(s, 2)
    return s
}
# The value of attribute name in line ("" when absent).
function attr(line, name,    i, rest) {
    i = index(line, " " name "=\"")
    if (!i) return ""
    rest = substr(line, i + length(name) + 3)
    return substr(rest, 1, index(rest, "\"") - 1)
}
function set_attr(line, name, value,    i, rest, j) {
    i = index(line, " " name "=\"")
    if (!i) return line
    rest = substr(line, i + length(name) + 3)
    j = index(rest, "\"")
    return substr(line, 1, i + length(name) + 2) value substr(rest, j)
}

# Realisasi of one indicator: nilai scaled by the indicator's factor,
# pembilang likewise (kept under penyebut for percentages).
function vary_realisasi(line,    v, nv, p, q, m) {
    v = attr(line, "nilai")
    if (v != "" && v ~ /^-?[0-9]+(\.[0-9]+)?$/) {
        nv = v * FACTOR
        if (PERCENT && v + 0 <= 100 && nv > 100) nv = 100
        line = set_attr(line, "nilai", fmt(nv, decimals(v)))
    }
    p = attr(line, "pembilang")
    if (p != "" && p ~ /^[0-9]+(\.[0-9]+)?$/) {
        nv = p * FACTOR
        q = attr(line, "penyebut"); m = attr(line, "pengali")
        if (m == "100" && nv > q + 0) nv = q + 0
        line = set_attr(line, "pembilang", fmt(nv, decimals(p)))
    }
    return line
}
function vary_spending(line,    v) {
    v = attr(line, "nilai")
    if (v != "" && v ~ /^[0-9]+(\.[0-9]+)?$/)
        line = set_attr(line, "nilai", fmt(v * SPEND, decimals(v)))
    return line
}

# Writes template name to path with the substitutions of SUB_FROM/SUB_TO
# (in order), the unit line replaced by unitline, realisasi varied; late:
# December / Q4 left out.
function emit(name, path, unitline, late,    i, line, n, k, state, u) {
    n = N[name]
    state = ""   # "", "r" (indicator realisasi), "a" (realisasi-anggaran)
    u = 0
    for (i = 1; i <= n; i++) {
        line = T[name, i]
        if (!u && index(line, "<unit ")) {
            print unitline > path
            u = 1
            continue
        }
        if (index(line, "<satuan>"))
            PERCENT = (index(line, "persen") || index(line, "%"))
        if (index(line, "<indikator ")) {
            FACTOR = 0.94 + 0.12 * rnd()
        } else if (index(line, "<sub-kegiatan ")) {
            SPEND = 0.85 + 0.15 * rnd()
        } else if (line ~ /<realisasi( [^>]*)?>$/) {
            state = "r"
        } else if (index(line, "<realisasi-anggaran>")) {
            state = "a"
        } else if (index(line, "</realisasi>") || index(line, "</realisasi-anggaran>")) {
            state = ""
        } else if (state != "") {
            if (late && ((name, i) in DROP))
                continue
            line = state == "r" ? vary_realisasi(line) : vary_spending(line)
        }
        for (k = 1; k <= NSUB; k++)
            if (index(line, SUB_FROM[k]))
                line = repl(line, SUB_FROM[k], SUB_TO[k])
        print line > path
    }
    close(path)
    FILES++
}

function sub_reset() { NSUB = 0 }
function sub_add(from, to) { SUB_FROM[++NSUB] = from; SUB_TO[NSUB] = to }

function mkdir(dir) {
    if (system("mkdir -p '" dir "'") != 0) {
        print "bench/gen: cannot create " dir > "/dev/stderr"
        exit 2
    }
}

function slug(s) {
    s = tolower(s)
    gsub(/[^a-z0-9]+/, "-", s)
    return s
}

function write_prov(p,    dir, id, name, code, unitline) {
    name = PROV_NAME[p]; code = PROV_CODE[p]
    id = sprintf("prov-%02d", p)
    dir = out "/" id
    mkdir(dir)
    PROV_ID[p] = id
    seed(p, 0)
    sub_reset()
    sub_add("PROV-", sprintf("P%02d-", p))
    sub_add("Jawa Tengah", name)
    sub_add("Jateng", name)
    unitline = "  <unit id=\"" id "\" tingkat=\"provinsi\" kode=\"" code "\">"
    emit("prov", dir "/" id ".xml", unitline, 0)
}

# Pemda number g (1-based over the workspace), r-th of provinsi p.
function write_pemda(g, p, r, nopd,    kota, name, id, tag, dir, code, unitline, j, slot) {
    kota = (r % 5 == 0)
    name = PEMDA_NAME(g)
    id = (kota ? "kota-" : "kab-") slug(name)
    tag = sprintf("K%03d", g)
    code = PROV_CODE[p] "." sprintf("%02d", kota ? 70 + int(r / 5) : r - int(r / 5))
    dir = out "/" PROV_ID[p] "/" id
    mkdir(dir)
    seed(g, 0)
    sub_reset()
    sub_add("KAB-", tag "-")
    sub_add("PROV-", sprintf("P%02d-", p))
    pemda_subs(kota, name, p)
    unitline = "  <unit id=\"" id "\" tingkat=\"" (kota ? "kota" : "kabupaten") "\" kode=\"" code "\" induk=\"" PROV_ID[p] "\">"
    emit("kab", dir "/" id ".xml", unitline, 0)
    for (j = 1; j <= nopd; j++)
        write_opd(g, p, j, kota, name, id, tag, dir)
}

function pemda_subs(kota, name, p) {
    if (kota) {
        sub_add("Pemerintah Kabupaten Sukamaju", "Pemerintah Kota " name)
        sub_add("Kabupaten Sukamaju", "Kota " name)
        sub_add("Bupati Sukamaju", "Wali Kota " name)
        sub_add("Pemkab Sukamaju", "Pemkot " name)
    }
    sub_add("Sukamaju", name)
    sub_add("Jawa Tengah", PROV_NAME[p])
}

function write_opd(g, p, j, kota, pname, pid, tag, dir,    s, t, oname, id, unitline, late, kec, jab) {
    s = (j - 1) % NSLOT + 1
    t = SLOT_TPL[s]
    oname = SLOT_NAME[s]
    kec = (oname == "Kecamatan")
    if (kec)
        oname = "Kecamatan " pname " " KEC[int((j - 1) / NSLOT) * 5 + SLOT_KEC[s]]
    id = slug(pname) "-" SLOT_SLUG[s] (j > NSLOT ? "-" (int((j - 1) / NSLOT) + 1) : "")
    seed(g, j)
    late = rnd() < 0.15
    sub_reset()
    # The template's own names first (they contain "Sukamaju"), then ids.
    jab = kec ? "Camat " substr(oname, 12) : "Kepala " oname " " (kota ? "Kota " : "Kabupaten ") pname
    sub_add(TPL_JABATAN[t], jab)
    sub_add(TPL_NAME[t], oname)
    sub_add("<singkatan>" TPL_SHORT[t] "</singkatan>", "<singkatan>" (kec ? "Kec. " substr(oname, 12) : SLOT_SHORT[s]) "</singkatan>")
    sub_add(TPL_PREFIX[t] "-", tag "-" toupper(SLOT_SLUG[s]) (j > NSLOT ? int((j - 1) / NSLOT) + 1 : "") "-")
    sub_add("KAB-", tag "-")
    pemda_subs(kota, pname, p)
    unitline = "  <unit id=\"" id "\" tingkat=\"opd\" kode=\"" SLOT_CODE[s] "\" induk=\"" pid "\">"
    emit(t, dir "/opd-" substr(id, length(slug(pname)) + 2) ".xml", unitline, late)
}

function PEMDA_NAME(g,    a, b) {
    a = (g - 1) % NPRE + 1
    b = (int((g - 1) / NPRE) + a - 1) % NSUF + 1
    return PRE[a] SUF[b]
}

function profile(p,    path) {
    path = out "/lkjip.xml"
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" > path
    print "<profil xmlns=\"urn:lkjip:workspace:1\">" > path
    print "  <entitas>" PROV_ID[1] "</entitas>" > path
    print "  <tahun>2025</tahun>" > path
    print "  <judul>Laporan Kinerja Instansi Pemerintah Provinsi " PROV_NAME[1] " Tahun 2025</judul>" > path
    print "  <tanggal-laporan>2026-02-27</tanggal-laporan>" > path
    print "  <tempat>" PROV_CAPITAL[1] "</tempat>" > path
    print "  <kebijakan>" > path
    print "    <rumus-negatif>2T-R</rumus-negatif>" > path
    print "    <target-nol>standar</target-nol>" > path
    print "    <batas-atas>tanpa</batas-atas>" > path
    print "    <batas-bawah>tanpa</batas-bawah>" > path
    print "    <batas-sebelum-rata-rata>tidak</batas-sebelum-rata-rata>" > path
    print "    <pembulatan desimal=\"2\" cara=\"setengah-menjauhi-nol\"/>" > path
    print "    <efisiensi>selisih</efisiensi>" > path
    print "  </kebijakan>" > path
    print "</profil>" > path
    close(path)
    FILES++
}

BEGIN {
    # The templates: the OPD kinds of the samples, the pemda RPJMD, the provinsi RPJMD.
    load("bappeda", tpl_bappeda); load("dinkes", tpl_dinkes); load("disdikbud", tpl_disdikbud)
    load("dlh", tpl_dlh); load("dpupr", tpl_dpupr); load("dinsos", tpl_dinsos)
    load("kab", tpl_kab); load("prov", tpl_prov)
    split("bappeda BAPPEDA;dinkes DINKES;disdikbud DISDIK;dlh DLH;dpupr PUPR;dinsos DINSOS", a, ";")
    for (i in a) {
        split(a[i], b, " ")
        TPL_PREFIX[b[1]] = b[2]
    }
    split("bappeda:Badan Perencanaan Pembangunan Daerah:Bappeda;dinkes:Dinas Kesehatan:Dinkes;" \
          "disdikbud:Dinas Pendidikan dan Kebudayaan:Disdikbud;dlh:Dinas Lingkungan Hidup:DLH;" \
          "dpupr:Dinas Pekerjaan Umum dan Penataan Ruang:DPUPR;dinsos:Dinas Sosial:Dinsos", a, ";")
    for (i in a) {
        split(a[i], b, ":")
        TPL_NAME[b[1]] = b[2]; TPL_SHORT[b[1]] = b[3]
        TPL_JABATAN[b[1]] = "Kepala " b[2] " Kabupaten Sukamaju"
    }

    # The 40 OPDs of a pemda: slug, template (the closest sample kind),
    # name, short name, perangkat daerah code (shapes as in Permendagri 90/2019).
    NSLOT = split("disdikbud|disdikbud|Dinas Pendidikan dan Kebudayaan|Disdikbud|1.01.2.22.0.00.01.0000;" \
        "dinkes|dinkes|Dinas Kesehatan|Dinkes|1.02.0.00.0.00.01.0000;" \
        "rsud|dinkes|Rumah Sakit Umum Daerah|RSUD|1.02.0.00.0.00.01.0001;" \
        "dpupr|dpupr|Dinas Pekerjaan Umum dan Penataan Ruang|DPUPR|1.03.0.00.0.00.01.0000;" \
        "disperkim|dpupr|Dinas Perumahan dan Kawasan Permukiman|Disperkim|1.04.2.10.0.00.01.0000;" \
        "satpolpp|bappeda|Satuan Polisi Pamong Praja|Satpol PP|1.05.0.00.0.00.01.0000;" \
        "bpbd|dlh|Badan Penanggulangan Bencana Daerah|BPBD|1.05.0.00.0.00.02.0000;" \
        "damkar|dpupr|Dinas Pemadam Kebakaran dan Penyelamatan|Damkar|1.05.0.00.0.00.03.0000;" \
        "dinsos|dinsos|Dinas Sosial|Dinsos|1.06.0.00.0.00.01.0000;" \
        "disnaker|dinsos|Dinas Tenaga Kerja|Disnaker|2.07.0.00.0.00.01.0000;" \
        "dp3a|dinsos|Dinas Pemberdayaan Perempuan dan Perlindungan Anak|DP3A|2.08.0.00.0.00.01.0000;" \
        "dispangan|dlh|Dinas Ketahanan Pangan|Dispangan|2.09.0.00.0.00.01.0000;" \
        "dispertanahan|dpupr|Dinas Pertanahan|Dispertanahan|2.10.0.00.0.00.01.0000;" \
        "dlh|dlh|Dinas Lingkungan Hidup|DLH|2.11.0.00.0.00.01.0000;" \
        "disdukcapil|bappeda|Dinas Kependudukan dan Pencatatan Sipil|Disdukcapil|2.12.0.00.0.00.01.0000;" \
        "dispermades|dinsos|Dinas Pemberdayaan Masyarakat dan Desa|Dispermades|2.13.0.00.0.00.01.0000;" \
        "dppkb|dinkes|Dinas Pengendalian Penduduk dan Keluarga Berencana|DPPKB|2.14.0.00.0.00.01.0000;" \
        "dishub|dpupr|Dinas Perhubungan|Dishub|2.15.0.00.0.00.01.0000;" \
        "diskominfo|bappeda|Dinas Komunikasi dan Informatika|Diskominfo|2.16.2.20.2.21.01.0000;" \
        "diskopukm|dinsos|Dinas Koperasi, Usaha Kecil dan Menengah|Diskop UKM|2.17.0.00.0.00.01.0000;" \
        "dpmptsp|bappeda|Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu|DPMPTSP|2.18.0.00.0.00.01.0000;" \
        "dispora|disdikbud|Dinas Kepemudaan dan Olahraga|Dispora|2.19.0.00.0.00.01.0000;" \
        "dinarpus|disdikbud|Dinas Perpustakaan dan Kearsipan|Dinarpus|2.23.2.24.0.00.01.0000;" \
        "diskan|dlh|Dinas Perikanan|Diskan|3.25.0.00.0.00.01.0000;" \
        "dispar|disdikbud|Dinas Pariwisata|Dispar|3.26.0.00.0.00.01.0000;" \
        "distan|dlh|Dinas Pertanian|Distan|3.27.0.00.0.00.01.0000;" \
        "disperindag|dinsos|Dinas Perdagangan dan Perindustrian|Disperindag|3.30.3.31.0.00.01.0000;" \
        "setda|bappeda|Sekretariat Daerah|Setda|4.01.0.00.0.00.01.0000;" \
        "setwan|bappeda|Sekretariat DPRD|Setwan|4.02.0.00.0.00.01.0000;" \
        "bappeda|bappeda|Badan Perencanaan Pembangunan Daerah|Bappeda|5.01.5.05.0.00.01.0000;" \
        "bpkad|bappeda|Badan Pengelolaan Keuangan dan Aset Daerah|BPKAD|5.02.0.00.0.00.01.0000;" \
        "bapenda|bappeda|Badan Pendapatan Daerah|Bapenda|5.02.0.00.0.00.02.0000;" \
        "bkpsdm|bappeda|Badan Kepegawaian dan Pengembangan Sumber Daya Manusia|BKPSDM|5.03.5.04.0.00.01.0000;" \
        "inspektorat|bappeda|Inspektorat Daerah|Inspektorat|6.01.0.00.0.00.01.0000;" \
        "kesbangpol|bappeda|Badan Kesatuan Bangsa dan Politik|Kesbangpol|8.01.0.00.0.00.01.0000;" \
        "kec1|dinsos|Kecamatan|Kec|7.01.0.00.0.00.01.0001;" \
        "kec2|bappeda|Kecamatan|Kec|7.01.0.00.0.00.01.0002;" \
        "kec3|dinsos|Kecamatan|Kec|7.01.0.00.0.00.01.0003;" \
        "kec4|dinkes|Kecamatan|Kec|7.01.0.00.0.00.01.0004;" \
        "kec5|dlh|Kecamatan|Kec|7.01.0.00.0.00.01.0005", a, ";")
    for (i = 1; i <= NSLOT; i++) {
        split(a[i], b, "|")
        SLOT_SLUG[i] = b[1]; SLOT_TPL[i] = b[2]; SLOT_NAME[i] = b[3]; SLOT_SHORT[i] = b[4]; SLOT_CODE[i] = b[5]
        SLOT_KEC[i] = b[1] ~ /^kec/ ? substr(b[1], 4) + 0 : 0
    }
    split("Utara Selatan Timur Barat Tengah Kota Lor Kidul Wetan Kulon", KEC, " ")

    # Pemda names: prefix x suffix, unique for 25 * 24 = 600 pemda; the first is Sukamaju.
    NPRE = split("Suka Karang Mekar Sido Tanjung Banjar Gunung Kali Wono Rejo Tirta Sari Jati Purwo " \
                 "Sumber Giri Batu Talang Muara Lubuk Padang Bukit Sungai Teluk Kuta", PRE, " ")
    NSUF = split("maju sari jaya makmur mulya asri harjo rejo agung luhur wangi kencana " \
                 "raya indah permai tengah baru anyar sentosa abadi lestari utama damai bakti", SUF, " ")
    # Provinsi: code, name, capital (the first is the samples' Jawa Tengah).
    NPROV = split("33:Jawa Tengah:Semarang;11:Aceh:Banda Aceh;12:Sumatera Utara:Medan;13:Sumatera Barat:Padang;" \
        "14:Riau:Pekanbaru;15:Jambi:Jambi;16:Sumatera Selatan:Palembang;17:Bengkulu:Bengkulu;18:Lampung:Bandar Lampung;" \
        "19:Kepulauan Bangka Belitung:Pangkalpinang;21:Kepulauan Riau:Tanjungpinang;31:DKI Jakarta:Jakarta;" \
        "32:Jawa Barat:Bandung;34:Daerah Istimewa Yogyakarta:Yogyakarta;35:Jawa Timur:Surabaya;36:Banten:Serang;" \
        "51:Bali:Denpasar;52:Nusa Tenggara Barat:Mataram;53:Nusa Tenggara Timur:Kupang;61:Kalimantan Barat:Pontianak;" \
        "62:Kalimantan Tengah:Palangka Raya;63:Kalimantan Selatan:Banjarbaru;64:Kalimantan Timur:Samarinda;" \
        "65:Kalimantan Utara:Tanjung Selor;71:Sulawesi Utara:Manado;72:Sulawesi Tengah:Palu;73:Sulawesi Selatan:Makassar;" \
        "74:Sulawesi Tenggara:Kendari;75:Gorontalo:Gorontalo;76:Sulawesi Barat:Mamuju;81:Maluku:Ambon;" \
        "82:Maluku Utara:Sofifi;91:Papua:Jayapura;92:Papua Barat:Manokwari;93:Papua Selatan:Merauke;" \
        "94:Papua Tengah:Nabire;95:Papua Pegunungan:Wamena;96:Papua Barat Daya:Sorong", a, ";")
    for (i = 1; i <= NPROV; i++) {
        split(a[i], b, ":")
        PROV_CODE[i] = b[1]; PROV_NAME[i] = b[2]; PROV_CAPITAL[i] = b[3]
    }

    FILES = 0
    mkdir(out)
    if (mode == "province") {
        write_prov(1)
        for (r = 1; r <= 10; r++)
            write_pemda(r, 1, r, 40)
    } else {
        # National: 550 pemda over the 38 provinsi, 15 each in the first 18
        # and 14 in the others; a smaller PEMDA takes them in that order, so
        # a fraction is a prefix of the national set. count: OPD files in
        # 40s, the last pemda with what remains.
        g = 0
        for (p = 1; p <= NPROV && g < pemda; p++) {
            write_prov(p)
            per = p <= 18 ? 15 : 14
            for (r = 1; r <= per && g < pemda; r++) {
                g++
                n = 40
                if (mode == "count" && g == pemda)
                    n = opds - 40 * (pemda - 1)
                write_pemda(g, p, r, n)
            }
        }
    }
    profile()
    print FILES
}
