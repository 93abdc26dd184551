<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/calendars.xsl: the holiday calendars due dates roll over (admins
  only), each with its days and years, and the form that adds one.
  Document: <calendars><meta/><calendar name days first? last?
  organisations><description/></calendar>*
  <form errors><field name="name|description" value error?/></form></calendars>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Holiday calendars</xsl:with-param>
      <xsl:with-param name="section">calendars</xsl:with-param>
      <xsl:with-param name="body">
        <p>A due date that falls on a weekend or on a holiday of the organisation's calendar moves to the next working day. A calendar covers the years in which it has at least one day; a due date that needs a year it does not cover cannot be worked out until the days are added.</p>
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">Holiday calendars</caption>
            <thead>
              <tr>
                <th scope="col">Calendar</th>
                <th scope="col">What it is</th>
                <th scope="col">Years covered</th>
                <th scope="col">Days</th>
                <th scope="col">Organisations using it</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="/calendars/calendar">
                <tr>
                  <th scope="row"><a href="/staff/calendars/{@name}"><xsl:value-of select="@name"/></a></th>
                  <td><xsl:value-of select="description"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@first"><xsl:value-of select="concat(@first, '–', @last)"/></xsl:when>
                      <xsl:otherwise><span class="muted">None yet</span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td><xsl:value-of select="@days"/></td>
                  <td><xsl:value-of select="@organisations"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <section class="section" aria-labelledby="add-title">
          <h2 id="add-title">Add a calendar</h2>
          <form method="post" action="/staff/calendars" novalidate="novalidate" class="form-narrow">
            <xsl:call-template name="csrf"/>
            <xsl:call-template name="input">
              <xsl:with-param name="name">name</xsl:with-param>
              <xsl:with-param name="label">Name</xsl:with-param>
              <xsl:with-param name="hint">Lowercase letters, digits and dashes, like isle-of-man. Organisations name it in their settings.</xsl:with-param>
              <xsl:with-param name="spellcheck">no</xsl:with-param>
              <xsl:with-param name="width">medium</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="input">
              <xsl:with-param name="name">description</xsl:with-param>
              <xsl:with-param name="label">What it is</xsl:with-param>
              <xsl:with-param name="hint">Where its days come from, for the people who check them.</xsl:with-param>
            </xsl:call-template>
            <button type="submit" class="button">Add the calendar</button>
          </form>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
