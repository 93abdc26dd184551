<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl: the page wrapper and form pieces every page sheet imports.

  A page sheet matches "/", builds its main content as a result tree
  fragment and hands it to the "page" template:

    <xsl:import href="../layout.xsl"/>
    <xsl:template match="/">
      <xsl:call-template name="page">
        <xsl:with-param name="title">Dashboard</xsl:with-param>
        <xsl:with-param name="body"> ... </xsl:with-param>
      </xsl:call-template>
    </xsl:template>

  Every document has a <meta> child of its root (prog, now, csrf, account,
  flash) and, on pages with a form, a <form> child whose <field name value
  error?> elements carry what was typed and what was wrong. Whole-form
  errors come as <problem> children of the root.

  XSLT 1.0 only, with no extension functions, and every text escaped.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="html" encoding="UTF-8" indent="no"
    doctype-system="about:legacy-compat" media-type="text/html"/>

  <xsl:variable name="prog" select="/*/meta/prog"/>
  <xsl:variable name="account" select="/*/meta/account"/>
  <xsl:variable name="is-staff" select="$prog = 'staff'"/>
  <xsl:variable name="is-admin" select="$account/@role = 'admin'"/>
  <xsl:variable name="home-href">
    <xsl:choose>
      <xsl:when test="$is-staff">/staff/</xsl:when>
      <xsl:otherwise>/</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- Field errors and whole-form problems of this document. -->
  <xsl:variable name="field-errors" select="/*/form/field[@error != '']"/>
  <xsl:variable name="problems" select="/*/problem[. != '']"/>
  <xsl:variable name="has-errors"
    select="count($field-errors) + count($problems) &gt; 0"/>

  <!--
    page: the whole HTML document.
      title     text of <title> (" – gdprdesk" is appended; "Error: " is
                prepended when the document has errors)
      heading   the h1 (defaults to title)
      caption   a short line above the h1 (say, the organisation's name)
      back-href, back-text   an optional back link above everything
      section   which staff nav item is current: dashboard, users,
                calendars, password
      referrer  'none' adds <meta name="referrer" content="no-referrer">
                (pages whose URL holds a secret token)
      body-class  more classes on <body> (letter-page: a printable letter,
                printed without the site's header and footer)
      body      the main content (a result tree fragment, copied as is)
  -->
  <xsl:template name="page">
    <xsl:param name="title"/>
    <xsl:param name="heading" select="$title"/>
    <xsl:param name="caption"/>
    <xsl:param name="back-href"/>
    <xsl:param name="back-text"/>
    <xsl:param name="section"/>
    <xsl:param name="referrer"/>
    <xsl:param name="body-class"/>
    <xsl:param name="body"/>
    <html lang="en-GB">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <xsl:if test="$referrer = 'none'">
          <meta name="referrer" content="no-referrer"/>
        </xsl:if>
        <title>
          <xsl:if test="$has-errors">Error: </xsl:if>
          <xsl:value-of select="$title"/>
          <xsl:text> – gdprdesk</xsl:text>
        </title>
        <link rel="stylesheet" href="/static/screen.css" media="all"/>
        <link rel="stylesheet" href="/static/print.css" media="print"/>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <xsl:if test="$prog != ''">
          <xsl:attribute name="class"><xsl:value-of select="$prog"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$body-class != ''">
          <xsl:attribute name="class"><xsl:value-of select="normalize-space(concat($prog, ' ', $body-class))"/></xsl:attribute>
        </xsl:if>
        <a class="skip-link" href="#main">Skip to main content</a>
        <xsl:call-template name="site-header">
          <xsl:with-param name="section" select="$section"/>
        </xsl:call-template>
        <main id="main" class="wrap" tabindex="-1">
          <xsl:if test="$back-href != ''">
            <p class="back"><a class="back-link" href="{$back-href}"><xsl:value-of select="$back-text"/></a></p>
          </xsl:if>
          <xsl:call-template name="error-summary"/>
          <xsl:apply-templates select="/*/meta/flash[. != '']"/>
          <xsl:if test="$caption != ''">
            <p class="caption"><xsl:value-of select="$caption"/></p>
          </xsl:if>
          <h1><xsl:value-of select="$heading"/></h1>
          <xsl:copy-of select="$body"/>
        </main>
        <xsl:call-template name="site-footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- The header: product name, who is logged in, and the staff nav. -->
  <xsl:template name="site-header">
    <xsl:param name="section"/>
    <header class="site-header">
      <div class="wrap header-bar">
        <a class="brand" href="{$home-href}">gdprdesk</a>
        <xsl:choose>
          <xsl:when test="$is-staff and $account">
            <p class="who">
              <xsl:text>Logged in as </xsl:text>
              <strong><xsl:value-of select="$account/@login"/></strong>
            </p>
          </xsl:when>
          <xsl:when test="not($is-staff)">
            <p class="service">Data-protection requests</p>
          </xsl:when>
        </xsl:choose>
      </div>
      <xsl:if test="$is-staff and $account">
        <nav class="site-nav" aria-label="Main">
          <ul class="wrap">
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href">/staff/</xsl:with-param>
              <xsl:with-param name="text">Dashboard</xsl:with-param>
              <xsl:with-param name="current" select="$section = 'dashboard'"/>
            </xsl:call-template>
            <xsl:if test="$is-admin">
              <xsl:call-template name="nav-item">
                <xsl:with-param name="href">/staff/users</xsl:with-param>
                <xsl:with-param name="text">Accounts</xsl:with-param>
                <xsl:with-param name="current" select="$section = 'users'"/>
              </xsl:call-template>
              <xsl:call-template name="nav-item">
                <xsl:with-param name="href">/staff/calendars</xsl:with-param>
                <xsl:with-param name="text">Calendars</xsl:with-param>
                <xsl:with-param name="current" select="$section = 'calendars'"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="nav-item">
              <xsl:with-param name="href">/staff/account/password</xsl:with-param>
              <xsl:with-param name="text">Your password</xsl:with-param>
              <xsl:with-param name="current" select="$section = 'password'"/>
            </xsl:call-template>
            <xsl:if test="/*/meta/csrf != ''">
              <li class="nav-logout">
                <form method="post" action="/staff/logout">
                  <xsl:call-template name="csrf"/>
                  <button type="submit" class="link-button">Log out</button>
                </form>
              </li>
            </xsl:if>
          </ul>
        </nav>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template name="nav-item">
    <xsl:param name="href"/>
    <xsl:param name="text"/>
    <xsl:param name="current" select="false()"/>
    <li>
      <a href="{$href}">
        <xsl:if test="$current">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="$text"/>
      </a>
    </li>
  </xsl:template>

  <xsl:template name="site-footer">
    <footer class="site-footer">
      <div class="wrap">
        <xsl:choose>
          <xsl:when test="$is-staff">
            <p>gdprdesk: the record of processing and data-subject requests, kept to the UK GDPR and the EU GDPR.</p>
          </xsl:when>
          <xsl:otherwise>
            <p>This service is provided by gdprdesk for the organisations that use it to answer data-protection requests.</p>
          </xsl:otherwise>
        </xsl:choose>
      </div>
    </footer>
  </xsl:template>

  <!-- A one-off notice after a successful action. -->
  <xsl:template match="flash">
    <div class="notice" role="status">
      <p><xsl:value-of select="."/></p>
    </div>
  </xsl:template>

  <!--
    error-summary: "There is a problem" and a link to each field in error
    (the field's own message, as GOV.UK does) plus any whole-form
    <problem>, which links to the first field of the form. Nothing when
    there are no errors. The page template calls it at the top of main.
  -->
  <xsl:template name="error-summary">
    <xsl:if test="$has-errors">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          <xsl:for-each select="$problems">
            <li>
              <xsl:choose>
                <xsl:when test="/*/form/field">
                  <a href="#f-{/*/form/field[1]/@name}"><xsl:value-of select="."/></a>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
          <xsl:for-each select="$field-errors">
            <li><a href="#f-{@name}"><xsl:value-of select="@error"/></a></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The hidden CSRF field every POST form carries. -->
  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{/*/meta/csrf}"/>
  </xsl:template>

  <!-- A hidden field. -->
  <xsl:template name="hidden">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <input type="hidden" name="{$name}" value="{$value}"/>
  </xsl:template>

  <!-- The hint and error message of a field, and its aria-describedby. -->
  <xsl:template name="field-notes">
    <xsl:param name="name"/>
    <xsl:param name="hint"/>
    <xsl:param name="error"/>
    <xsl:if test="string($hint) != ''">
      <div class="hint" id="f-{$name}-hint"><xsl:copy-of select="$hint"/></div>
    </xsl:if>
    <xsl:if test="$error != ''">
      <p class="error-message" id="f-{$name}-error">
        <span class="visually-hidden">Error: </span>
        <xsl:value-of select="$error"/>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="describedby">
    <xsl:param name="name"/>
    <xsl:param name="hint"/>
    <xsl:param name="error"/>
    <xsl:if test="string($hint) != '' or $error != ''">
      <xsl:attribute name="aria-describedby">
        <xsl:if test="string($hint) != ''">f-<xsl:value-of select="$name"/>-hint</xsl:if>
        <xsl:if test="string($hint) != '' and $error != ''"><xsl:text> </xsl:text></xsl:if>
        <xsl:if test="$error != ''">f-<xsl:value-of select="$name"/>-error</xsl:if>
      </xsl:attribute>
    </xsl:if>
    <xsl:if test="$error != ''">
      <xsl:attribute name="aria-invalid">true</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!--
    input: one labelled text-like field, id "f-NAME".
      name, label   required
      type          text (default), password, email, tel, url
      hint          text or a fragment shown under the label
      autocomplete  the autocomplete token (off, username, new-password ...)
      required      'yes' marks the field required (forms are novalidate:
                    the server's message is the one shown)
      spellcheck    'no' turns off spellcheck and capitalisation (names, logins)
      width         a class: short, medium (default: full width up to a limit)
      value         defaults to /*/form/field[@name=NAME]/@value; a password
                    field never shows a value
  -->
  <xsl:template name="input">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="hint"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="required"/>
    <xsl:param name="spellcheck"/>
    <xsl:param name="width"/>
    <xsl:param name="value" select="/*/form/field[@name = $name]/@value"/>
    <xsl:variable name="error" select="/*/form/field[@name = $name]/@error"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="$error != ''"> field-error</xsl:if>
      </xsl:attribute>
      <label class="label" for="f-{$name}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <input id="f-{$name}" name="{$name}" type="{$type}">
        <xsl:attribute name="class">
          <xsl:text>input</xsl:text>
          <xsl:if test="$width != ''"> input-<xsl:value-of select="$width"/></xsl:if>
          <xsl:if test="$error != ''"> input-error</xsl:if>
        </xsl:attribute>
        <xsl:if test="$type != 'password'">
          <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$autocomplete != ''">
          <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="$spellcheck = 'no'">
          <xsl:attribute name="spellcheck">false</xsl:attribute>
          <xsl:attribute name="autocapitalize">none</xsl:attribute>
        </xsl:if>
        <xsl:if test="$required = 'yes'">
          <xsl:attribute name="required">required</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="describedby">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="hint" select="$hint"/>
          <xsl:with-param name="error" select="$error"/>
        </xsl:call-template>
      </input>
    </div>
  </xsl:template>

  <!--
    select: a labelled drop-down, id "f-NAME".
      name, label, hint   as for input
      options   a fragment of <option> elements, best built with the
                "option" template so that the current value is selected
  -->
  <xsl:template name="select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint"/>
    <xsl:param name="options"/>
    <xsl:variable name="error" select="/*/form/field[@name = $name]/@error"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="$error != ''"> field-error</xsl:if>
      </xsl:attribute>
      <label class="label" for="f-{$name}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <select id="f-{$name}" name="{$name}">
        <xsl:attribute name="class">
          <xsl:text>select</xsl:text>
          <xsl:if test="$error != ''"> input-error</xsl:if>
        </xsl:attribute>
        <xsl:call-template name="describedby">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="hint" select="$hint"/>
          <xsl:with-param name="error" select="$error"/>
        </xsl:call-template>
        <xsl:copy-of select="$options"/>
      </select>
    </div>
  </xsl:template>

  <!--
    option: one <option>, selected when value = current.
      value, text, current
  -->
  <xsl:template name="option">
    <xsl:param name="value"/>
    <xsl:param name="text"/>
    <xsl:param name="current"/>
    <option value="{$value}">
      <xsl:if test="string($value) = string($current)">
        <xsl:attribute name="selected">selected</xsl:attribute>
      </xsl:if>
      <xsl:value-of select="$text"/>
    </option>
  </xsl:template>

  <!--
    role-options: the three staff roles as options, current selected.
      current   the role to select ('' selects "Choose a role")
      choose    'yes' adds a first, empty "Choose a role" option
  -->
  <xsl:template name="role-options">
    <xsl:param name="current"/>
    <xsl:param name="choose"/>
    <xsl:if test="$choose = 'yes'">
      <xsl:call-template name="option">
        <xsl:with-param name="value" select="''"/>
        <xsl:with-param name="text">Choose a role</xsl:with-param>
        <xsl:with-param name="current" select="$current"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="option">
      <xsl:with-param name="value">admin</xsl:with-param>
      <xsl:with-param name="text">Administrator</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">dpo</xsl:with-param>
      <xsl:with-param name="text">DPO</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">viewer</xsl:with-param>
      <xsl:with-param name="text">Viewer</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- What each role may do: the hint of a role field. -->
  <xsl:template name="role-hint">
    <ul class="hint-list">
      <li><strong>Administrator</strong>: manages accounts and sees every organisation.</li>
      <li><strong>DPO</strong>: works on the organisations given to them: the register, requests and reports.</li>
      <li><strong>Viewer</strong>: reads the organisations given to them but cannot change anything.</li>
    </ul>
  </xsl:template>

  <!-- role-name: a role code in words. Param: role. -->
  <xsl:template name="role-name">
    <xsl:param name="role"/>
    <xsl:choose>
      <xsl:when test="$role = 'admin'">Administrator</xsl:when>
      <xsl:when test="$role = 'dpo'">DPO</xsl:when>
      <xsl:when test="$role = 'viewer'">Viewer</xsl:when>
      <xsl:otherwise><xsl:value-of select="$role"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- rule-set-name: jurisdiction code in words. Param: code. -->
  <xsl:template name="rule-set-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'uk'">UK GDPR</xsl:when>
      <xsl:when test="$code = 'eu'">EU GDPR</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- calendar-name: holiday calendar code in words. Param: code. -->
  <xsl:template name="calendar-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'england-and-wales'">England and Wales</xsl:when>
      <xsl:when test="$code = 'scotland'">Scotland</xsl:when>
      <xsl:when test="$code = 'northern-ireland'">Northern Ireland</xsl:when>
      <xsl:when test="$code = 'ireland'">Ireland</xsl:when>
      <xsl:when test="$code = 'germany'">Germany</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    tag: a small status label.
      text    the words
      colour  grey (default), blue, green, red, yellow
  -->
  <xsl:template name="tag">
    <xsl:param name="text"/>
    <xsl:param name="colour" select="'grey'"/>
    <strong class="tag tag-{$colour}"><xsl:value-of select="$text"/></strong>
  </xsl:template>

  <!-- not-recorded: the words shown where a detail is absent. -->
  <xsl:template name="not-recorded">
    <span class="muted">Not recorded</span>
  </xsl:template>

  <!--
    summary-row: one row of a summary list (<dl class="summary">).
      label   the dt
      value   the dd: a string or fragment; "Not recorded" when empty
      kind    text (default), multiline (keeps the line breaks of an
              address), email (a mailto link), url (a link, only for
              http and https addresses)
      omit-empty  'yes' leaves the row out when the value is empty
  -->
  <xsl:template name="summary-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="kind" select="'text'"/>
    <xsl:param name="omit-empty"/>
    <xsl:if test="not($omit-empty = 'yes' and normalize-space($value) = '')">
    <div class="summary-row">
      <dt><xsl:value-of select="$label"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="normalize-space($value) = ''">
            <xsl:call-template name="not-recorded"/>
          </xsl:when>
          <xsl:when test="$kind = 'multiline'">
            <span class="multiline"><xsl:value-of select="$value"/></span>
          </xsl:when>
          <xsl:when test="$kind = 'email'">
            <a href="mailto:{$value}"><xsl:value-of select="$value"/></a>
          </xsl:when>
          <xsl:when test="$kind = 'url'">
            <xsl:call-template name="external-link">
              <xsl:with-param name="href" select="string($value)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:copy-of select="$value"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </div>
    </xsl:if>
  </xsl:template>

  <!--
    external-link: a link to an address from the data, made only for
    http: and https: addresses (anything else is shown as text).
    Param: href.
  -->
  <xsl:template name="external-link">
    <xsl:param name="href"/>
    <xsl:variable name="lower" select="translate(substring($href, 1, 8), 'HTPS', 'htps')"/>
    <xsl:choose>
      <xsl:when test="starts-with($lower, 'https://') or starts-with($lower, 'http://')">
        <a href="{$href}" rel="noopener noreferrer"><xsl:value-of select="$href"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$href"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    format-date: "Wednesday 23 December 2026" from "2026-12-23" (or the
    date part of "2026-12-23T10:00:00Z"). Anything that is not such a date
    is shown as it is.
      date      the ISO date
      weekday   'no' leaves out the day's name
  -->
  <xsl:template name="format-date">
    <xsl:param name="date"/>
    <xsl:param name="weekday" select="'yes'"/>
    <xsl:variable name="y" select="number(substring($date, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($date, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($date, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($date) &gt;= 10 and substring($date, 5, 1) = '-'
                      and substring($date, 8, 1) = '-' and $y = $y and $m &gt;= 1
                      and $m &lt;= 12 and $d &gt;= 1 and $d &lt;= 31">
        <xsl:if test="$weekday != 'no'">
          <xsl:call-template name="weekday-name">
            <xsl:with-param name="y" select="$y"/>
            <xsl:with-param name="m" select="$m"/>
            <xsl:with-param name="d" select="$d"/>
          </xsl:call-template>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:value-of select="$d"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="normalize-space(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ', ($m - 1) * 9 + 1, 9))"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="$y"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$date"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    weekday-name: the day of the week of a Gregorian date by Zeller's
    congruence (January and February count as months 13 and 14 of the
    year before; h = 0 is Saturday). Params: y, m, d (numbers).
  -->
  <xsl:template name="weekday-name">
    <xsl:param name="y"/>
    <xsl:param name="m"/>
    <xsl:param name="d"/>
    <xsl:variable name="mm" select="$m + 12 * ($m &lt; 3)"/>
    <xsl:variable name="yy" select="$y - ($m &lt; 3)"/>
    <xsl:variable name="k" select="$yy mod 100"/>
    <xsl:variable name="j" select="floor($yy div 100)"/>
    <xsl:variable name="h"
      select="($d + floor(13 * ($mm + 1) div 5) + $k + floor($k div 4) + floor($j div 4) + 5 * $j) mod 7"/>
    <xsl:value-of select="normalize-space(substring('Saturday Sunday   Monday   Tuesday  WednesdayThursday Friday   ', $h * 9 + 1, 9))"/>
  </xsl:template>

</xsl:stylesheet>
