// The annual report's advocacy figures: offered, declined, and referrals by provider.
import { ratio } from './report-percent';
import type { ReportContext } from './report-context';
import type { AnnualReportFigures, ProviderReferrals } from './report-types';

/** Referrals by provider, names compared ignoring case and spaces; the first spelling is shown. */
function referralsByProvider(providerNames: readonly (string | null)[]): ProviderReferrals[] {
  const providers = new Map<string, ProviderReferrals>();
  for (const provider of providerNames) {
    const name = provider?.trim() ?? '';
    const key = name === '' ? '' : `=${name.toLowerCase()}`;
    const entry = providers.get(key);
    if (entry === undefined) providers.set(key, { provider: name === '' ? null : name, count: 1 });
    else entry.count += 1;
  }
  return [...providers.values()].sort((a, b) => {
    if ((a.provider === null) !== (b.provider === null)) return a.provider === null ? 1 : -1;
    if (b.count !== a.count) return b.count - a.count;
    return (a.provider ?? '').localeCompare(b.provider ?? '', 'en-GB');
  });
}

export function advocacyFigures(
  ctx: ReportContext,
): Pick<
  AnnualReportFigures,
  'advocacyOffered' | 'advocacyReferrals' | 'advocacyReferralsByProvider' | 'advocacyDeclined'
> {
  const { reviews } = ctx;
  const held = reviews.length;
  const offered = reviews.filter((r) => r.review.advocacy.offered).length;
  const referred = reviews.filter((r) => r.review.advocacy.referralMade);
  const declined = reviews.filter((r) => r.review.advocacy.declined).length;
  const byProvider = referralsByProvider(referred.map((r) => r.review.advocacy.provider));
  return {
    advocacyOffered: {
      label: 'Advocacy offered',
      value: ratio(offered, held),
      definition: `Reviews at which the child was offered advocacy, out of all reviews held in the period.`,
    },
    advocacyReferrals: {
      label: 'Advocacy referrals',
      value: referred.length,
      definition: `Reviews held in the period at which a referral to an advocacy service was made.`,
    },
    advocacyReferralsByProvider: {
      label: 'Advocacy referrals by provider',
      value: byProvider,
      definition: `Advocacy referrals made at reviews held in the period, by provider (names compared ignoring case and surrounding spaces), most referrals first. "Not recorded" (provider null) comes last.`,
    },
    advocacyDeclined: {
      label: 'Advocacy declined',
      value: declined,
      definition: `Reviews held in the period at which the child declined advocacy.`,
    },
  };
}
