<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/csv.xsl: the cells and rows of every CSV download (RFC 4180), for
  the sheets in this directory to import.

  Every cell is quoted, a quote inside it doubled; a cell may hold line
  breaks (RFC 4180 allows them inside quotes). Records end in CRLF. The
  file starts with a byte order mark (U+FEFF): without it Excel reads
  UTF-8 as its ANSI code page and garbles every name with an accent or a
  curly quote; other readers skip it.

  Cells that a spreadsheet would run: a cell whose text begins with "=",
  "+", "-" or "@" (or a tab or a carriage return, which some spreadsheets
  also strip before reading a formula) is a formula to Excel, LibreOffice
  and Google Sheets, even inside quotes ("CSV injection": =HYPERLINK(...)
  in a recipient's name). Such a cell gets a single quote in front of
  its text, inside the quotes: the spreadsheet shows the text as typed
  and runs nothing. The quote is part of the cell for any other reader,
  which is the price of safety; the XML download carries the data as it
  is.

  XSLT 1.0, no extension functions.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <!-- The byte order mark every file starts with. -->
  <xsl:template name="csv-start">
    <xsl:text>&#xFEFF;</xsl:text>
  </xsl:template>

  <!--
    csv-cell: one cell, then a comma, or CRLF when it ends the record.
      value   the cell's text (a string or a fragment: its string value)
      last    true() for the record's last cell
  -->
  <xsl:template name="csv-cell">
    <xsl:param name="value"/>
    <xsl:param name="last" select="false()"/>
    <xsl:variable name="s" select="string($value)"/>
    <xsl:text>"</xsl:text>
    <xsl:if test="$s != '' and contains('=+-@&#9;&#13;', substring($s, 1, 1))">
      <xsl:text>'</xsl:text>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="contains($s, '&quot;')">
        <xsl:call-template name="csv-quote">
          <xsl:with-param name="s" select="$s"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>"</xsl:text>
    <xsl:choose>
      <xsl:when test="$last"><xsl:text>&#13;&#10;</xsl:text></xsl:when>
      <xsl:otherwise>,</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- csv-quote: s with every quote doubled. Param: s. -->
  <xsl:template name="csv-quote">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&quot;')">
        <xsl:value-of select="substring-before($s, '&quot;')"/>
        <xsl:text>""</xsl:text>
        <xsl:call-template name="csv-quote">
          <xsl:with-param name="s" select="substring-after($s, '&quot;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
