<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/categories.xsl: the categories of personal data and of data
  subjects an organisation's activities choose from (the shipped
  taxonomy and the organisation's own), and the form that adds one of
  its own.

  Document:
    <categories><meta/>
      <organisation id slug jurisdiction><name/></organisation>
      <form errors><field name="kind|code|name|special|criminal" value error?/></form>
      <data><category id code special criminal own?>name</category>*</data>
      <subjects><category id code own?>name</category>*</subjects>
    </categories>

  Each list has the shipped categories first, then the organisation's
  own (own="1"), each by name. The form posts kind (data or subject),
  code, name, special and criminal (1 or 0; data categories only) and
  csrf to the page's own URL. A viewer sees the lists without the form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="org" select="/categories/organisation"/>
  <xsl:variable name="fields" select="/categories/form/field"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>
  <xsl:variable name="action" select="concat($org-href, '/categories')"/>
  <xsl:variable name="can-write" select="$account and not($account/@role = 'viewer')"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Categories – ', $org/name)"/>
      <xsl:with-param name="heading">Categories of data and data subjects</xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$register-href"/>
      <xsl:with-param name="back-text">Back to the register</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="categories"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="categories">
    <p>An activity records whose personal data it processes and what data it is (Art 30(1)(c)) by choosing from these lists. gdprdesk ships a starting set; add <xsl:value-of select="$org/name"/>’s own where none of them fits.</p>
    <xsl:choose>
      <xsl:when test="$can-write">
        <xsl:call-template name="add-form"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted">Your account can read the register but not change it, so it cannot add a category.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="list">
      <xsl:with-param name="id">data</xsl:with-param>
      <xsl:with-param name="title">Categories of personal data</xsl:with-param>
      <xsl:with-param name="list" select="data/category"/>
    </xsl:call-template>
    <xsl:call-template name="list">
      <xsl:with-param name="id">subjects</xsl:with-param>
      <xsl:with-param name="title">Categories of data subjects</xsl:with-param>
      <xsl:with-param name="list" select="subjects/category"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The form that adds one of the organisation's own categories. -->
  <xsl:template name="add-form">
    <section class="section" aria-labelledby="add-title">
      <h2 id="add-title">Add a category</h2>
      <form method="post" action="{$action}" novalidate="novalidate" class="form-narrow">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="select">
          <xsl:with-param name="name">kind</xsl:with-param>
          <xsl:with-param name="label">Which list</xsl:with-param>
          <xsl:with-param name="hint">Personal data is what is held (such as loyalty points); data subjects are whose it is (such as club members).</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:variable name="current" select="string($fields[@name = 'kind']/@value)"/>
            <xsl:call-template name="option">
              <xsl:with-param name="value">data</xsl:with-param>
              <xsl:with-param name="text">Categories of personal data</xsl:with-param>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
            <xsl:call-template name="option">
              <xsl:with-param name="value">subject</xsl:with-param>
              <xsl:with-param name="text">Categories of data subjects</xsl:with-param>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">name</xsl:with-param>
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="hint">As the record should show it, such as Loyalty points.</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">code</xsl:with-param>
          <xsl:with-param name="label">Code</xsl:with-param>
          <xsl:with-param name="hint">2 to 40 lowercase letters, digits and dashes, such as loyalty-points. The register’s export names the category by it, so it cannot be one of the shipped codes listed below.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">special</xsl:with-param>
          <xsl:with-param name="label">Is it special category data?</xsl:with-param>
          <xsl:with-param name="hint">Personal data only. Art 9(1): racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic, biometric or health data, sex life or sexual orientation.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="no-yes-options">
              <xsl:with-param name="current" select="string($fields[@name = 'special']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">criminal</xsl:with-param>
          <xsl:with-param name="label">Is it criminal offence data?</xsl:with-param>
          <xsl:with-param name="hint">Personal data only. Art 10: criminal convictions and offences or related security measures.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="no-yes-options">
              <xsl:with-param name="current" select="string($fields[@name = 'criminal']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit" class="button">Add category</button>
          <a href="{$register-href}">Cancel</a>
        </div>
      </form>
    </section>
  </xsl:template>

  <!-- No (0) then Yes (1). Param: current. -->
  <xsl:template name="no-yes-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value">0</xsl:with-param>
      <xsl:with-param name="text">No</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">1</xsl:with-param>
      <xsl:with-param name="text">Yes</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    list: one list of categories as a table, the organisation's own
    tagged. Params: id, title, list.
  -->
  <xsl:template name="list">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="list"/>
    <section class="section" aria-labelledby="{$id}-title">
      <h2 id="{$id}-title"><xsl:value-of select="$title"/></h2>
      <xsl:choose>
        <xsl:when test="$list">
          <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
          <div class="table-wrap" role="region" tabindex="0" aria-labelledby="{$id}-title">
            <table class="table">
              <caption class="visually-hidden"><xsl:value-of select="$title"/></caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Code</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$list">
                  <tr>
                    <td>
                      <xsl:value-of select="."/>
                      <xsl:if test="@special = '1'">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="tag">
                          <xsl:with-param name="text">Special category</xsl:with-param>
                          <xsl:with-param name="colour">yellow</xsl:with-param>
                        </xsl:call-template>
                      </xsl:if>
                      <xsl:if test="@criminal = '1'">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="tag">
                          <xsl:with-param name="text">Criminal offence data</xsl:with-param>
                          <xsl:with-param name="colour">red</xsl:with-param>
                        </xsl:call-template>
                      </xsl:if>
                    </td>
                    <td><code><xsl:value-of select="@code"/></code></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@own = '1'">
                          <xsl:call-template name="tag">
                            <xsl:with-param name="text"><xsl:value-of select="$org/name"/>’s own</xsl:with-param>
                            <xsl:with-param name="colour">blue</xsl:with-param>
                          </xsl:call-template>
                        </xsl:when>
                        <xsl:otherwise>Shipped with gdprdesk</xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>There are no categories in this list.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
