export function App() {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <span className="govuk-header__link govuk-header__service-name">IRO Review Tracker</span>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">IRO Review Tracker</h1>
          <p className="govuk-body">
            Statutory reviews for looked after children, kept in timescale.
          </p>
        </main>
      </div>
    </>
  );
}
