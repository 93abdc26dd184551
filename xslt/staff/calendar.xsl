<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/calendar.xsl: one holiday calendar's days, by year, and the form
  that adds a day (admins only).
  Document: <calendar name><meta/><description/><day date>name</day>*
  <form errors><field name="day|name" value error?/></form></calendar>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="c" select="/calendar"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Calendar ', $c/@name)"/>
      <xsl:with-param name="section">calendars</xsl:with-param>
      <xsl:with-param name="back-href">/staff/calendars</xsl:with-param>
      <xsl:with-param name="back-text">All calendars</xsl:with-param>
      <xsl:with-param name="body">
        <p class="lead"><xsl:value-of select="$c/description"/></p>
        <section class="section" aria-labelledby="add-title">
          <h2 id="add-title">Add a day</h2>
          <form method="post" action="/staff/calendars/{$c/@name}" novalidate="novalidate" class="form-narrow">
            <xsl:call-template name="csrf"/>
            <xsl:call-template name="input">
              <xsl:with-param name="name">day</xsl:with-param>
              <xsl:with-param name="label">Day</xsl:with-param>
              <xsl:with-param name="hint">As YYYY-MM-DD. For a holiday on a weekend, the substitute day off.</xsl:with-param>
              <xsl:with-param name="width">short</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="input">
              <xsl:with-param name="name">name</xsl:with-param>
              <xsl:with-param name="label">Holiday</xsl:with-param>
            </xsl:call-template>
            <button type="submit" class="button">Add the day</button>
          </form>
        </section>
        <section class="section" aria-labelledby="days-title">
          <h2 id="days-title">Days (<xsl:value-of select="count($c/day)"/>)</h2>
          <xsl:choose>
            <xsl:when test="$c/day">
              <div class="table-wrap">
                <table class="table">
                  <caption class="visually-hidden">Holidays of <xsl:value-of select="$c/@name"/>, by date</caption>
                  <thead>
                    <tr><th scope="col">Date</th><th scope="col">Holiday</th></tr>
                  </thead>
                  <tbody>
                    <xsl:for-each select="$c/day">
                      <tr>
                        <td>
                          <xsl:call-template name="format-date">
                            <xsl:with-param name="date" select="@date"/>
                          </xsl:call-template>
                        </td>
                        <td><xsl:value-of select="."/></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </div>
            </xsl:when>
            <xsl:otherwise><p>No days yet.</p></xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
