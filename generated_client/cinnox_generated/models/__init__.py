"""Contains all the data models used in inputs/outputs"""

from .call_detail import CallDetail
from .call_details_response import CallDetailsResponse
from .call_end_event import CallEndEvent
from .call_end_message import CallEndMessage
from .call_log_record import CallLogRecord
from .call_log_response import CallLogResponse
from .call_participant_info import CallParticipantInfo
from .call_party import CallParty
from .call_start_event import CallStartEvent
from .call_start_message import CallStartMessage
from .campaign_sender import CampaignSender
from .channel_type import ChannelType
from .channel_type_detail import ChannelTypeDetail
from .channel_type_details_response import ChannelTypeDetailsResponse
from .channel_type_list_response import ChannelTypeListResponse
from .chat_content import ChatContent
from .chat_content_msg import ChatContentMsg
from .chat_party import ChatParty
from .chat_recipient import ChatRecipient
from .cli_number import CliNumber
from .conference_detail import ConferenceDetail
from .conference_detail_conference_detail import ConferenceDetailConferenceDetail
from .conference_details_response import ConferenceDetailsResponse
from .conference_end_event import ConferenceEndEvent
from .conference_end_message import ConferenceEndMessage
from .conference_participant import ConferenceParticipant
from .enquiry_chat_record import EnquiryChatRecord
from .enquiry_chat_response import EnquiryChatResponse
from .enquiry_detail import EnquiryDetail
from .enquiry_detail_location_detail import EnquiryDetailLocationDetail
from .enquiry_details_response import EnquiryDetailsResponse
from .enquiry_event import EnquiryEvent
from .enquiry_overview import EnquiryOverview
from .enquiry_overview_response import EnquiryOverviewResponse
from .error_response import ErrorResponse
from .event_hook import EventHook
from .event_hook_list_response import EventHookListResponse
from .get_sms_details_carrier_status import GetSmsDetailsCarrierStatus
from .get_sms_details_source import GetSmsDetailsSource
from .get_sms_details_status import GetSmsDetailsStatus
from .inbound_sms_event import InboundSmsEvent
from .number_list_response import NumberListResponse
from .outbound_sms_event import OutboundSmsEvent
from .recording_file import RecordingFile
from .recording_file_event import RecordingFileEvent
from .recording_file_message import RecordingFileMessage
from .recording_files_response import RecordingFilesResponse
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .send_message_response_result import SendMessageResponseResult
from .send_otp_request import SendOtpRequest
from .send_otp_response import SendOtpResponse
from .send_sms_request import SendSmsRequest
from .send_sms_response import SendSmsResponse
from .sent_campaign_message import SentCampaignMessage
from .sent_campaign_summary import SentCampaignSummary
from .sent_campaigns_details_response import SentCampaignsDetailsResponse
from .sent_campaigns_summary_response import SentCampaignsSummaryResponse
from .sms_detail import SmsDetail
from .sms_details_response import SmsDetailsResponse
from .subscription_request import SubscriptionRequest
from .subscription_response import SubscriptionResponse
from .text_message import TextMessage
from .text_message_type import TextMessageType
from .url_verification_challenge import UrlVerificationChallenge
from .url_verification_reply import UrlVerificationReply
from .url_verification_reply_result import UrlVerificationReplyResult
from .webhook_ack import WebhookAck

__all__ = (
    "CallDetail",
    "CallDetailsResponse",
    "CallEndEvent",
    "CallEndMessage",
    "CallLogRecord",
    "CallLogResponse",
    "CallParticipantInfo",
    "CallParty",
    "CallStartEvent",
    "CallStartMessage",
    "CampaignSender",
    "ChannelType",
    "ChannelTypeDetail",
    "ChannelTypeDetailsResponse",
    "ChannelTypeListResponse",
    "ChatContent",
    "ChatContentMsg",
    "ChatParty",
    "ChatRecipient",
    "CliNumber",
    "ConferenceDetail",
    "ConferenceDetailConferenceDetail",
    "ConferenceDetailsResponse",
    "ConferenceEndEvent",
    "ConferenceEndMessage",
    "ConferenceParticipant",
    "EnquiryChatRecord",
    "EnquiryChatResponse",
    "EnquiryDetail",
    "EnquiryDetailLocationDetail",
    "EnquiryDetailsResponse",
    "EnquiryEvent",
    "EnquiryOverview",
    "EnquiryOverviewResponse",
    "ErrorResponse",
    "EventHook",
    "EventHookListResponse",
    "GetSmsDetailsCarrierStatus",
    "GetSmsDetailsSource",
    "GetSmsDetailsStatus",
    "InboundSmsEvent",
    "NumberListResponse",
    "OutboundSmsEvent",
    "RecordingFile",
    "RecordingFileEvent",
    "RecordingFileMessage",
    "RecordingFilesResponse",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendMessageResponseResult",
    "SendOtpRequest",
    "SendOtpResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentCampaignMessage",
    "SentCampaignsDetailsResponse",
    "SentCampaignsSummaryResponse",
    "SentCampaignSummary",
    "SmsDetail",
    "SmsDetailsResponse",
    "SubscriptionRequest",
    "SubscriptionResponse",
    "TextMessage",
    "TextMessageType",
    "UrlVerificationChallenge",
    "UrlVerificationReply",
    "UrlVerificationReplyResult",
    "WebhookAck",
)
