<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/checks.xsl: every finding of the checks, grouped by
  severity (errors first) and within it by the article the rule comes
  from (in the order of the articles), each with what it is about, what
  is wrong and how to put it right. Across organisations (scope "all")
  the groups hold every organisation's findings, each row naming its
  organisation: a DPO's list of what to do, by law rather than by client.
  Document: <report name="checks"><meta/><asat/>?<register>
  <organisation/><findings><finding code severity article entity
  entity_id?><entity_name/><message/><fix/></finding>...</findings>
  <summary/></register>...</report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>

  <!-- The findings of one severity and article, across the document. -->
  <xsl:key name="by-group" match="finding" use="concat(@severity, '|', @article)"/>

  <xsl:variable name="findings" select="$registers/findings/finding"/>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">Checks</xsl:with-param>
      <xsl:with-param name="intro">
        <p>What the checks find wrong in the record, measured against the law: errors first, then warnings and notes, each grouped by the article it comes from, with how to put it right.</p>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:choose>
          <xsl:when test="not($findings)">
            <div class="panel">
              <p>No problems found: every check passes.</p>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <p class="findings-line">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="count($findings[@severity = 'error'])"/>
                <xsl:with-param name="one">error</xsl:with-param>
                <xsl:with-param name="many">errors</xsl:with-param>
              </xsl:call-template>
              <xsl:text>, </xsl:text>
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="count($findings[@severity = 'warning'])"/>
                <xsl:with-param name="one">warning</xsl:with-param>
                <xsl:with-param name="many">warnings</xsl:with-param>
              </xsl:call-template>
              <xsl:text> and </xsl:text>
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="count($findings[@severity = 'info'])"/>
                <xsl:with-param name="one">note</xsl:with-param>
                <xsl:with-param name="many">notes</xsl:with-param>
              </xsl:call-template>
              <xsl:text>.</xsl:text>
            </p>
            <xsl:call-template name="severity">
              <xsl:with-param name="severity">error</xsl:with-param>
              <xsl:with-param name="title">Errors</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="severity">
              <xsl:with-param name="severity">warning</xsl:with-param>
              <xsl:with-param name="title">Warnings</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="severity">
              <xsl:with-param name="severity">info</xsl:with-param>
              <xsl:with-param name="title">For information</xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    severity: a section per severity, and in it a table per article, the
    articles in their numbers' order ("Art 5(2)" before "Art 10").
  -->
  <xsl:template name="severity">
    <xsl:param name="severity"/>
    <xsl:param name="title"/>
    <xsl:variable name="these" select="$findings[@severity = $severity]"/>
    <xsl:if test="$these">
      <section class="section" aria-labelledby="{$severity}-title">
        <h2 id="{$severity}-title">
          <xsl:value-of select="$title"/>
          <xsl:text> (</xsl:text>
          <xsl:value-of select="count($these)"/>
          <xsl:text>)</xsl:text>
        </h2>
        <xsl:for-each select="$these[generate-id() = generate-id(key('by-group', concat(@severity, '|', @article))[1])]">
          <xsl:sort select="number(substring-before(concat(substring-after(@article, 'Art '), '('), '('))" data-type="number"/>
          <xsl:sort select="@article"/>
          <xsl:call-template name="article">
            <xsl:with-param name="group" select="key('by-group', concat(@severity, '|', @article))"/>
            <xsl:with-param name="id" select="concat($severity, '-', position())"/>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="article">
    <xsl:param name="group"/>
    <xsl:param name="id"/>
    <h3 id="{$id}">
      <xsl:value-of select="@article"/>
      <xsl:text> (</xsl:text>
      <xsl:value-of select="count($group)"/>
      <xsl:text>)</xsl:text>
    </h3>
    <div class="table-wrap" role="region" aria-labelledby="{$id}" tabindex="0">
      <table class="table report-table report-checks">
        <caption class="visually-hidden">
          <xsl:call-template name="severity-words">
            <xsl:with-param name="severity" select="@severity"/>
          </xsl:call-template>
          <xsl:text>: findings under </xsl:text>
          <xsl:value-of select="@article"/>
        </caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <xsl:if test="$is-all">
              <th scope="col">Organisation</th>
            </xsl:if>
            <th scope="col">About</th>
            <th scope="col">What is wrong</th>
            <th scope="col">How to put it right</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$group">
            <tr>
              <td><xsl:value-of select="@code"/></td>
              <xsl:if test="$is-all">
                <td><xsl:value-of select="ancestor::register/organisation/name"/></td>
              </xsl:if>
              <th scope="row">
                <xsl:value-of select="entity_name"/>
                <br/>
                <span class="muted">
                  <xsl:choose>
                    <xsl:when test="@entity = 'organisation'">The organisation</xsl:when>
                    <xsl:when test="@entity = 'activity'">Activity</xsl:when>
                    <xsl:otherwise>Recipient</xsl:otherwise>
                  </xsl:choose>
                </span>
              </th>
              <td><xsl:value-of select="message"/></td>
              <td><xsl:value-of select="fix"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

</xsl:stylesheet>
