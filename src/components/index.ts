// Shared presentational components: thin typed React renderings of GOV.UK Frontend and MOJ Frontend markup.

export { cx } from './cx';
export {
  AppLink,
  LinkComponentProvider,
  useLinkComponent,
  type LinkComponent,
  type LinkProps,
} from './link';
export { formatClockTime, formatIsoDate, formatIsoDateTime, formatLondonDate } from './format-date';
export { formatCount } from '../domain/format-count';

// GOV.UK Frontend
export { BackLink, type BackLinkProps } from './govuk/back-link';
export { Breadcrumbs, type BreadcrumbItem, type BreadcrumbsProps } from './govuk/breadcrumbs';
export {
  Button,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonProps,
} from './govuk/button';
export {
  CharacterCount,
  characterCountMessage,
  type CharacterCountProps,
} from './govuk/character-count';
export {
  Checkboxes,
  type CheckboxDivider,
  type CheckboxesProps,
  type CheckboxItem,
} from './govuk/checkboxes';
export {
  DateInput,
  dateInputToIso,
  emptyDateInput,
  isoToDateInput,
  missingDateParts,
  type DateInputProps,
  type DateInputValue,
  type DatePart,
} from './govuk/date-input';
export { Details, type DetailsProps } from './govuk/details';
export { ErrorMessage, type ErrorMessageProps } from './govuk/error-message';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './govuk/error-summary';
export { Fieldset, type FieldsetProps, type LegendSize } from './govuk/fieldset';
export { Footer, type FooterLink, type FooterProps } from './govuk/footer';
export { GenericHeader, type GenericHeaderProps } from './govuk/generic-header';
export { Hint, type HintProps } from './govuk/hint';
export { Input, type InputProps, type InputWidth } from './govuk/input';
export { InsetText, type InsetTextProps } from './govuk/inset-text';
export { Label, type LabelProps, type LabelSize } from './govuk/label';
export { NotificationBanner, type NotificationBannerProps } from './govuk/notification-banner';
export { Pagination, paginationItems, type PaginationProps } from './govuk/pagination';
export { ListPagination, pageRangeText, type PageInfo } from './paged-list';
export { Panel, type PanelProps } from './govuk/panel';
export { PhaseBanner, type PhaseBannerProps } from './govuk/phase-banner';
export { Radios, type RadioDivider, type RadioItem, type RadiosProps } from './govuk/radios';
export { Select, type SelectOption, type SelectProps } from './govuk/select';
export {
  ServiceNavigation,
  type ServiceNavigationItem,
  type ServiceNavigationProps,
} from './govuk/service-navigation';
export { SkipLink, type SkipLinkProps } from './govuk/skip-link';
export {
  SummaryList,
  type SummaryCard,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from './govuk/summary-list';
export { Table, type TableCell, type TableProps } from './govuk/table';
export { Tag, type TagColour, type TagProps } from './govuk/tag';
export { Textarea, type TextareaProps } from './govuk/textarea';
export { WarningText, type WarningTextProps } from './govuk/warning-text';

// MOJ Frontend
export { Alert, type AlertProps, type AlertVariant } from './moj/alert';
export { Badge, type BadgeColour, type BadgeProps } from './moj/badge';
export { Banner, type BannerProps } from './moj/banner';
export {
  Filter,
  type FilterProps,
  type SelectedFilterCategory,
  type SelectedFilterTag,
} from './moj/filter';
export { FilterLayout, type FilterLayoutProps } from './moj/filter-layout';
export { IdentityBar, type IdentityBarProps } from './moj/identity-bar';
export { NotificationBadge, type NotificationBadgeProps } from './moj/notification-badge';
export {
  nextSort,
  sortAnnouncement,
  type SortDirection,
  type SortState,
  type TableColumn,
} from './moj/sort-header';
export { SortableTable, type SortableTableProps } from './moj/sortable-table';
export {
  SubNavigation,
  type SubNavigationItem,
  type SubNavigationProps,
} from './moj/sub-navigation';
export { Timeline, type TimelineItem, type TimelineProps } from './moj/timeline';

// Application
export { DueDate, dueDateRelativeText, type DueDateProps } from './due-date';
export {
  EscalationStageAge,
  workingDaysText,
  type EscalationStageAgeProps,
} from './escalation-stage-age';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { ErrorState, type ErrorStateProps } from './error-state';
export { announcePolitely } from './live-announcer';
export { LoadingState, type LoadingStateProps } from './loading-state';
export { ReviewStatusTag, type ReviewStatusTagProps } from './review-status-tag';
export { cellLabels, plainText, STACKED_TABLE_CLASS } from './table-stack';
export { VirtualTable, type VirtualTableProps } from './virtual-table';
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden';

// Forms: what every form page has around its fields (the state comes from src/lib/forms hooks)
export {
  AcceptClashesField,
  clashesOrError,
  type AcceptClashesFieldProps,
} from './forms/accept-clashes-field';
export { ConflictNotice, type ConflictNoticeProps } from './forms/conflict-notice';
export { DATE_HINT, DateField, type DateFieldProps } from './forms/date-field';
export { checkDate, dateErrorParts, isBlankDate, type DateRule } from './forms/dates';
export {
  DraftOfferNotice,
  DraftSaveStatus,
  type DraftOfferNoticeProps,
  type DraftSaveStatusProps,
} from './forms/draft-notice';
export {
  FormPage,
  type FormPageDraft,
  type FormPageProps,
  type FormSubmissionState,
} from './forms/form-page';
export {
  errorSummaryItems,
  FormProblems,
  type FieldIdFor,
  type FormProblemsProps,
} from './forms/form-problems';
export { LeaveConfirmation, type LeaveBlocker } from './forms/leave-confirmation';
