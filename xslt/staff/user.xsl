<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/user.xsl: one staff account, for an administrator: its role, the
  organisations it may see, a password reset, and disabling it. Each change
  is its own small POST form to /staff/users/ID with a hidden "action".
  Document: <user-edit><meta/><user id login role disabled><name/></user>
  <orgs><org slug granted="0|1">Name</org>...</orgs>
  <new_password/>? (a password the server chose, shown this once)
  <form errors><field name="role|password"/></form></user-edit>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="user" select="/user-edit/user"/>
  <xsl:variable name="action" select="concat('/staff/users/', $user/@id)"/>
  <xsl:variable name="is-self" select="$user/@id = $account/@id"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Account ', $user/@login)"/>
      <xsl:with-param name="heading" select="string($user/@login)"/>
      <xsl:with-param name="caption">Account</xsl:with-param>
      <xsl:with-param name="section">users</xsl:with-param>
      <xsl:with-param name="back-href">/staff/users</xsl:with-param>
      <xsl:with-param name="back-text">Back to accounts</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="user-edit"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="user-edit">
    <xsl:apply-templates select="new_password[. != '']"/>

    <dl class="summary">
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Login name</xsl:with-param>
        <xsl:with-param name="value" select="string($user/@login)"/>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Name</xsl:with-param>
        <xsl:with-param name="value" select="string($user/name)"/>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Role</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:call-template name="role-name">
            <xsl:with-param name="role" select="$user/@role"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Status</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="$user/@disabled = '1'">
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
        </xsl:with-param>
      </xsl:call-template>
    </dl>

    <section class="section" aria-labelledby="role-title">
      <h2 id="role-title">Change role</h2>
      <form method="post" action="{$action}" novalidate="novalidate" class="form-narrow">
        <xsl:call-template name="csrf"/>
        <input type="hidden" name="action" value="role"/>
        <xsl:call-template name="select">
          <xsl:with-param name="name">role</xsl:with-param>
          <xsl:with-param name="label">Role</xsl:with-param>
          <xsl:with-param name="hint">
            <xsl:call-template name="role-hint"/>
          </xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="role-options">
              <xsl:with-param name="current">
                <xsl:choose>
                  <xsl:when test="form/field[@name = 'role']">
                    <xsl:value-of select="form/field[@name = 'role']/@value"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$user/@role"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <button type="submit" class="button button-secondary">Change role</button>
      </form>
    </section>

    <xsl:apply-templates select="orgs"/>

    <section class="section" aria-labelledby="reset-title">
      <h2 id="reset-title">Reset password</h2>
      <p>Use this when <xsl:value-of select="$user/@login"/> has forgotten their password. Their sessions end, and they log in with the new password.</p>
      <form method="post" action="{$action}" novalidate="novalidate" class="form-narrow">
        <xsl:call-template name="csrf"/>
        <input type="hidden" name="action" value="reset"/>
        <xsl:call-template name="input">
          <xsl:with-param name="name">password</xsl:with-param>
          <xsl:with-param name="label">New password</xsl:with-param>
          <xsl:with-param name="type">password</xsl:with-param>
          <xsl:with-param name="hint">At least 12 characters. Give it to them privately; they can change it once they have logged in.</xsl:with-param>
          <xsl:with-param name="autocomplete">new-password</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <button type="submit" class="button button-secondary">Reset password</button>
      </form>
    </section>

    <section class="section" aria-labelledby="status-title">
      <xsl:choose>
        <xsl:when test="$user/@disabled = '1'">
          <h2 id="status-title">Enable account</h2>
          <p>This account is disabled: it cannot log in. Enabling it lets <xsl:value-of select="$user/@login"/> log in again with their password.</p>
          <form method="post" action="{$action}">
            <xsl:call-template name="csrf"/>
            <input type="hidden" name="action" value="enable"/>
            <button type="submit" class="button button-secondary">Enable account</button>
          </form>
        </xsl:when>
        <xsl:when test="$is-self">
          <h2 id="status-title">Disable account</h2>
          <p>This is your own account. Another administrator can disable it.</p>
        </xsl:when>
        <xsl:otherwise>
          <h2 id="status-title">Disable account</h2>
          <p>A disabled account cannot log in, and its sessions end at once. Nothing it did is deleted, and it can be enabled again.</p>
          <form method="post" action="{$action}">
            <xsl:call-template name="csrf"/>
            <input type="hidden" name="action" value="disable"/>
            <button type="submit" class="button button-warning">Disable account</button>
          </form>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- A password the server chose: shown this once. -->
  <xsl:template match="new_password">
    <div class="panel" role="status">
      <h2>New password for <xsl:value-of select="$user/@login"/></h2>
      <p class="secret"><code><xsl:value-of select="."/></code></p>
      <p>It is shown only this once. Give it to them privately.</p>
    </div>
  </xsl:template>

  <xsl:template match="orgs">
    <section class="section" aria-labelledby="orgs-title">
      <h2 id="orgs-title">Organisations</h2>
      <xsl:choose>
        <xsl:when test="$user/@role = 'admin'">
          <p>An administrator sees every organisation. What is granted below counts only if the role changes.</p>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$user/@login"/> sees only the organisations granted here.</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="org">
          <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
          <div class="table-wrap" role="region" tabindex="0" aria-label="Access to organisations">
            <table class="table">
              <caption class="visually-hidden">Access to organisations</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Access</th>
                  <th scope="col" class="cell-action"><span class="visually-hidden">Change</span></th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="org"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>There are no organisations yet, so there is nothing to grant.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="org">
    <tr>
      <th scope="row"><xsl:value-of select="."/></th>
      <td>
        <xsl:choose>
          <xsl:when test="@granted = '1'">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Granted</xsl:with-param>
              <xsl:with-param name="colour">blue</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><span class="muted">No access</span></xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="cell-action">
        <form method="post" action="{$action}">
          <xsl:call-template name="csrf"/>
          <xsl:choose>
            <xsl:when test="@granted = '1'">
              <input type="hidden" name="action" value="revoke"/>
              <input type="hidden" name="org" value="{@slug}"/>
              <button type="submit" class="button button-secondary button-small">Revoke<span class="visually-hidden"> access to <xsl:value-of select="."/></span></button>
            </xsl:when>
            <xsl:otherwise>
              <input type="hidden" name="action" value="grant"/>
              <input type="hidden" name="org" value="{@slug}"/>
              <button type="submit" class="button button-secondary button-small">Grant<span class="visually-hidden"> access to <xsl:value-of select="."/></span></button>
            </xsl:otherwise>
          </xsl:choose>
        </form>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
