REM tests/libreoffice.sh: fills Realisasi cells of a workbook as a user would in
REM LibreOffice Calc (a number typed is a number, anything else text), then
REM saves it as xlsx. cells: "KEY|HEADER=VALUE;KEY|HEADER=VALUE;...", the
REM row found by its key in column A, the column by its header in row 1.
Sub Fill(src As String, dst As String, cells As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, load())
  sh = doc.Sheets.getByName("Realisasi")
  For Each spec In Split(cells, ";")
    eq = InStr(spec, "=") : bar = InStr(spec, "|")
    key = Left(spec, bar - 1) : head = Mid(spec, bar + 1, eq - bar - 1) : value = Mid(spec, eq + 1)
    col = -1
    For c = 0 To 30
      If sh.getCellByPosition(c, 0).getString() = head Then col = c
    Next c
    For r = 1 To 2000
      If sh.getCellByPosition(0, r).getString() = key Then
        If IsNumeric(value) Then
          sh.getCellByPosition(col, r).setValue(CDbl(value))
        Else
          sh.getCellByPosition(col, r).setString(value)
        End If
        Exit For
      End If
    Next r
  Next spec
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName" : store(0).Value = "Calc MS Excel 2007 XML"
  doc.storeToURL(ConvertToURL(dst), store())
  doc.close(True)
End Sub
