<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/recipients.xsl: recipients and processors: each with
  what it does, its contract (reference and date), where it holds the
  data, and the activities and categories of personal data it receives.
  For one organisation or, scope "all", for each the account may see.
  Document: <report name="recipients"><meta/><asat/>?<register>...
  </register>...</report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>

  <!-- The data categories an activity sends to each of its recipients. -->
  <xsl:key name="data-by-rcp" match="activity/data" use="../recipient/@ref"/>
  <!-- A data category's first mention in its register, for distinct lists. -->
  <xsl:key name="data-cat" match="activity/data"
    use="concat(generate-id(ancestor::register), ':', @id)"/>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">Recipients and processors</xsl:with-param>
      <xsl:with-param name="intro">
        <p>Everyone the record says personal data is disclosed to: processors and the contract with each (Article 28(3)), other controllers, public authorities and categories of recipients; where each holds the data, and which activities and categories of personal data reach it.</p>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:for-each select="$registers">
          <xsl:call-template name="org-heading">
            <xsl:with-param name="register" select="."/>
            <xsl:with-param name="id" select="concat('org-', organisation/@slug)"/>
          </xsl:call-template>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
        <xsl:if test="not($registers)">
          <p>You have not been given any organisations yet.</p>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="register">
    <xsl:variable name="id" select="concat('recipients-', organisation/@slug)"/>
    <!-- The register's data categories, each once. -->
    <xsl:variable name="cats"
      select="activities/activity/data[generate-id() = generate-id(key('data-cat', concat(generate-id(current()), ':', @id))[1])]"/>
    <xsl:choose>
      <xsl:when test="not(recipients/recipient)">
        <p>The record names no recipient.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="count-noun">
            <xsl:with-param name="n" select="count(recipients/recipient)"/>
            <xsl:with-param name="one">recipient</xsl:with-param>
            <xsl:with-param name="many">recipients</xsl:with-param>
          </xsl:call-template>
          <xsl:text>, of which </xsl:text>
          <xsl:value-of select="count(recipients/recipient[@kind = 'processor' or @kind = 'sub-processor'])"/>
          <xsl:text> processors (</xsl:text>
          <xsl:value-of select="count(recipients/recipient[(@kind = 'processor' or @kind = 'sub-processor') and not(contract_ref != '')])"/>
          <xsl:text> without a contract recorded).</xsl:text>
        </p>
        <div class="table-wrap" role="region" aria-labelledby="{$id}-caption" tabindex="0">
          <table class="table report-table report-recipients">
            <caption id="{$id}-caption" class="visually-hidden">
              <xsl:text>Recipients of </xsl:text>
              <xsl:value-of select="organisation/name"/>
            </caption>
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Service</th>
                <th scope="col">Contract</th>
                <th scope="col">Locations</th>
                <th scope="col">Activities</th>
                <th scope="col">Categories of personal data</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="recipients/recipient">
                <xsl:call-template name="recipient">
                  <xsl:with-param name="cats" select="$cats"/>
                </xsl:call-template>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="recipient">
    <xsl:param name="cats"/>
    <xsl:variable name="rid" select="@id"/>
    <xsl:variable name="sent" select="key('data-by-rcp', $rid)"/>
    <tr>
      <th scope="row">
        <xsl:value-of select="name"/>
        <br/>
        <span class="muted">
          <xsl:call-template name="kind-name">
            <xsl:with-param name="kind" select="@kind"/>
          </xsl:call-template>
        </span>
      </th>
      <td class="multiline">
        <xsl:value-of select="service"/>
        <xsl:if test="certifications != ''">
          <xsl:text>&#10;Certified: </xsl:text>
          <xsl:value-of select="certifications"/>
        </xsl:if>
        <xsl:if test="contact != ''">
          <xsl:text>&#10;Contact: </xsl:text>
          <xsl:value-of select="contact"/>
        </xsl:if>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="contract_ref != ''">
            <xsl:value-of select="contract_ref"/>
            <xsl:if test="contract_date != ''">
              <br/>
              <xsl:call-template name="format-date">
                <xsl:with-param name="date" select="contract_date"/>
                <xsl:with-param name="weekday">no</xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:when>
          <xsl:when test="@kind = 'processor' or @kind = 'sub-processor'">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">None recorded</xsl:with-param>
              <xsl:with-param name="colour">red</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><span class="muted">None recorded</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="location">
            <ul class="report-cell-list">
              <xsl:for-each select="location">
                <li>
                  <xsl:call-template name="place"/>
                  <xsl:if test="@abroad = 1">
                    <xsl:text>: </xsl:text>
                    <xsl:call-template name="mechanism"/>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="safeguard-tag">
                      <xsl:with-param name="state" select="@safeguard"/>
                    </xsl:call-template>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><span class="muted">None recorded</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="key('act-by-rcp', $rid)">
            <ul class="report-cell-list">
              <xsl:for-each select="key('act-by-rcp', $rid)">
                <li><xsl:value-of select="name"/></li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><span class="muted">None</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="$sent">
            <ul class="report-cell-list">
              <xsl:for-each select="$cats[@id = $sent/@id]">
                <li>
                  <xsl:value-of select="."/>
                  <xsl:if test="@special = 1"> (special category)</xsl:if>
                  <xsl:if test="@criminal = 1"> (criminal offence data)</xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><span class="muted">None recorded</span></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

</xsl:stylesheet>
