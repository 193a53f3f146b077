import './outbox.css';

export { OutboxMessagePage } from './routes/outbox-message-page';
export { OutboxPage } from './routes/outbox-page';
