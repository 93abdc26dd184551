<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/users.xsl: the administrator's list of staff accounts, and the form
  that creates one.
  Document: <users><meta/><user id login role disabled><name/>
  <org slug>Name</org>...</user>...<form errors><field name="login"/>
  <field name="display_name"/><field name="role"/><field name="password"/>
  </form></users>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Accounts</xsl:with-param>
      <xsl:with-param name="section">users</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="users"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="users">
    <section class="section" aria-labelledby="list-title">
      <h2 id="list-title" class="visually-hidden">Staff accounts</h2>
      <xsl:choose>
        <xsl:when test="user">
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">Staff accounts</caption>
              <thead>
                <tr>
                  <th scope="col">Login name</th>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Organisations</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="user"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>There are no staff accounts yet. Create the first one below.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section" aria-labelledby="create-title">
      <h2 id="create-title">Create an account</h2>
      <form method="post" action="/staff/users" novalidate="novalidate" class="form-narrow">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="input">
          <xsl:with-param name="name">login</xsl:with-param>
          <xsl:with-param name="label">Login name</xsl:with-param>
          <xsl:with-param name="hint">Lower-case letters, digits, dots, hyphens and underscores, such as j.smith.</xsl:with-param>
          <xsl:with-param name="autocomplete">off</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">display_name</xsl:with-param>
          <xsl:with-param name="label">Full name</xsl:with-param>
          <xsl:with-param name="autocomplete">off</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">role</xsl:with-param>
          <xsl:with-param name="label">Role</xsl:with-param>
          <xsl:with-param name="hint">
            <xsl:call-template name="role-hint"/>
          </xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="role-options">
              <xsl:with-param name="current" select="string(form/field[@name = 'role']/@value)"/>
              <xsl:with-param name="choose">yes</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">password</xsl:with-param>
          <xsl:with-param name="label">Password</xsl:with-param>
          <xsl:with-param name="type">password</xsl:with-param>
          <xsl:with-param name="hint">At least 12 characters. Give it to the person privately; they can change it once they have logged in.</xsl:with-param>
          <xsl:with-param name="autocomplete">new-password</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <p class="hint">A new DPO or viewer sees no organisation until you grant one on the account's page.</p>
        <button type="submit" class="button">Create account</button>
      </form>
    </section>
  </xsl:template>

  <xsl:template match="user">
    <tr>
      <th scope="row"><a href="/staff/users/{@id}"><xsl:value-of select="@login"/></a></th>
      <td>
        <xsl:choose>
          <xsl:when test="name != ''"><xsl:value-of select="name"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="role-name">
          <xsl:with-param name="role" select="@role"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="@role = 'admin'">All, as an administrator</xsl:when>
          <xsl:when test="org">
            <xsl:for-each select="org">
              <xsl:value-of select="."/>
              <xsl:if test="position() != last()">, </xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise><span class="muted">None yet</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="@disabled = '1'">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Disabled</xsl:with-param>
              <xsl:with-param name="colour">red</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Active</xsl:with-param>
              <xsl:with-param name="colour">green</xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
