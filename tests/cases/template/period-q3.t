# --period 2025-Q3: months after September and the year's cell are locked;
# the period is recorded in the lkjip sheet.
%args template -q --period 2025-Q3 samples/kab-sukamaju -o $TMP/out
%check /usr/bin/python3 -c "import openpyxl,sys; wb=openpyxl.load_workbook('$TMP/out/dinkes.xlsx'); r={(x[0].value,x[1].value):x for x in wb['Realisasi'].iter_rows(min_row=2)}; a=r[('DINKES-AKI','pembilang')]; assert not a[12].protection.locked and a[13].protection.locked and a[13].value is None; assert r[('DINKES-UHH','nilai')][20].protection.locked; assert wb['lkjip']['A4'].value=='2025-Q3'"
